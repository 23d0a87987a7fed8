## Monthly meetings: the cell's rule, read back to the secretary ("day 5 of every month, 19:30")

recurrence-day-of-month = day { $day } of every month, { $time }
recurrence-weekday-of-month = the { $nth } { $weekday } of the month, { $time }
recurrence-last-working-day = the last working day of the month, { $time }
recurrence-nth-1 = first
recurrence-nth-2 = second
recurrence-nth-3 = third
recurrence-nth-4 = fourth
recurrence-nth-last = last
