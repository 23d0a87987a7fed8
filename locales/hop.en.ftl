## /hop: a meeting's length and remote check-in, and the monthly rule.

hop-choice-monthly = 🗓 Monthly meetings
hop-length = ⏱ Length: { $minutes } minutes
hop-remote-allowed = 📱 Remote check-in allowed (in a private message to chibo)
hop-remote-not-allowed = 📍 Check-in only where the meeting is
hop-choice-remote-yes = 📱 Allow remote check-in
hop-choice-remote-no = 📍 Check-in only where the meeting is
hop-changed-remote-yes = Check-in: remote check-in now allowed
hop-changed-remote-no = Check-in: now only where the meeting is

hop-series-list = The cell's monthly meetings:
hop-series-line = • { $rule }: { $kind }, at { $place }
hop-choice-series-new = ➕ Add monthly meetings
hop-choice-series-cancel = ❌ Cancel { $rule }
hop-series-ask-rule =
    On which day and at what time does the cell meet each month? For example:
    <i>ngày 5 hằng tháng 19h30</i>
    <i>thứ Bảy đầu tiên của tháng 8h</i>
    <i>ngày làm việc cuối cùng của tháng 14h</i>
hop-series-rule-understood = chibo understood: <b>{ $rule }</b>. The next meetings:
hop-series-rule-understood-again = chibo understood: <b>{ $rule }</b>.
hop-series-date = • { $when }
hop-series-date-shifted = • { $when } (moved from { $from }, { $holiday } holiday)
hop-series-date-holiday = • { $when } (on the { $holiday } holiday)
hop-series-date-no-table = • { $when } (no holiday table for { $year } yet: the day is not moved)
hop-series-date-overlap = • { $when }: at the time of { $other }, already scheduled; none added that month
hop-series-date-month-taken = • { $when }: that month already has { $other }; none added
hop-series-no-dates = This gives no meeting in the coming year. Please type it again.
hop-series-ask-place = Where does the cell usually meet? For example: <i>Hội trường khu phố 1</i>.
hop-series-ask-topic = The meetings' main topic? Type it, or choose the line below to have each called "regular meeting for month …".
hop-series-ask-topic--buttons = The meetings' main topic? Type it, or press the button to have each called "regular meeting for month …".
hop-series-ask-kind = What kind of meetings are these?
hop-series-ask-holiday = If a meeting falls on a public holiday (Tết, 30/4, 1/5, 2/9…), when does the cell meet? Moved, it stays within the month: at the month's start or end, it moves the other way.
hop-series-ask-holiday-weekly = If a meeting falls on a public holiday (Tết, 30/4, 1/5, 2/9…), when does the cell meet? Moved, it goes to the same weekday a week before or after, within the month: at the month's start or end, the other way.
hop-choice-holiday-keep = On that day all the same
hop-choice-holiday-before = The working day before
hop-choice-holiday-before-weekly = The same weekday a week before
hop-choice-holiday-after = The working day after
hop-choice-holiday-after-weekly = The same weekday a week after
hop-series-ask-remote = May members far away check in remotely (in a private message to chibo)?
hop-choice-series-remote-no = No, only where the meeting is
hop-choice-series-remote-yes = Yes, allow remote check-in
hop-series-review = Please check the monthly meetings:
hop-series-details =
    🗓 <b>{ $rule }</b>
    { $kind }, { $minutes } minutes
    📍 { $place }
    📌 { $topic }
    🎌 On a public holiday: { $holiday }
    📱 { $remote }
hop-series-topic-regular = the month's regular meeting
hop-series-holiday-keep = meet on that day
hop-series-holiday-before = meet the working day before, within the month
hop-series-holiday-before-weekly = meet the same weekday a week before, within the month
hop-series-holiday-after = meet the working day after, within the month
hop-series-holiday-after-weekly = meet the same weekday a week after, within the month
hop-series-remote-yes = Remote check-in allowed
hop-series-remote-no = Check-in only where the meeting is
hop-series-next-dates = The next meetings:
hop-choice-series-save = ✅ Save
hop-choice-series-change = ✏️ Change
hop-choice-series-abort = Cancel, save nothing
hop-series-ask-field = Change what?
hop-choice-series-change-rule = Day and time
hop-choice-series-change-place = Place
hop-choice-series-change-topic = Topic
hop-choice-series-change-kind = Kind of meeting
hop-choice-series-change-holiday = On a public holiday
hop-choice-series-change-remote = Remote check-in
hop-series-aborted = Cancelled. No monthly meetings saved.
hop-series-saved = ✅ Monthly meetings saved: <b>{ $rule }</b>.
hop-series-first = The first meeting is scheduled:
hop-series-skipped = No meeting on { $when }: it is at the time of { $other }.
hop-series-skipped-month-taken = No meeting on { $when }: that month already has { $other }.
hop-series-notice-on = chibo will post the notice in the cell's group and tell the committee above on { $day } ({ $days } days before the meeting).
hop-series-notice-on-groups = chibo will post the notice in the cell's group on { $day } ({ $days } days before the meeting).
hop-series-noticed-now = chibo has posted the notice in the cell's group and told the committee above.
hop-series-noticed-now-groups = chibo has posted the notice in the cell's group.
hop-series-each-alone = Each meeting can still be changed or cancelled alone: type /hop.
hop-series-not-saved-no-meeting = <b>{ $rule }</b> gives no meeting that can be scheduled in the coming year, so chibo did not save it. Type /hop to set another.
hop-series-cancel-ask = Cancel the monthly meetings <b>{ $rule }</b>? chibo will schedule no new meeting from them. Meetings already scheduled stay as they are.
hop-choice-series-cancel-yes = ❌ Cancel the monthly meetings
hop-choice-series-cancel-no = Keep them
hop-series-kept = The monthly meetings stay as they are.
hop-series-cancelled = The monthly meetings <b>{ $rule }</b> are cancelled. chibo schedules no new meeting from them.
hop-series-cancelled-kept = Meetings already scheduled stay; to change or cancel one, type /hop:
hop-series-already-cancelled = These monthly meetings were already cancelled.

hop-rule-empty = Please type the day and time of the monthly meeting, for example: <i>ngày 5 hằng tháng 19h30</i>.
hop-rule-unreadable = chibo did not understand this. Please type it like: <i>ngày 5 hằng tháng 19h30</i> or <i>thứ Bảy đầu tiên của tháng 8h</i>.
hop-rule-no-time = The time is missing. Please type it too, for example: <i>ngày 5 hằng tháng 19h30</i>.
hop-rule-never-day = Not every month has this day (February has 28 or 29 days, some months 30). Please choose a day from 1 to 28, or type: <i>ngày làm việc cuối cùng của tháng 19h30</i>.
hop-rule-ambiguous-time = The time is unclear (is "2h" 2 in the morning or the afternoon? or two times?). Please be precise, for example: <i>ngày 5 hằng tháng 14h</i>.
hop-rule-ambiguous-day = Which day of the month? Please give one day, or a weekday with which one of the month. For example: <i>ngày 5 hằng tháng 19h30</i> or <i>thứ Bảy đầu tiên của tháng 8h</i>.
hop-rule-never-weekday = Not every month has a fifth one of that weekday. Please choose the first to the fourth, or the last, for example: <i>thứ Bảy cuối cùng của tháng 8h</i>.
hop-rule-too-long = Too long. Please type it briefly, for example: <i>ngày 5 hằng tháng 19h30</i>.
hop-changed-quietly =
    Saved. This meeting had not been announced yet, so nobody was told:
    { $meeting }
hop-cancelled-quietly =
    Cancelled. This meeting had not been announced yet, so the group was not told:
    { $meeting }
hop-series-duplicate = The cell already has the monthly meetings <b>{ $rule }</b>. Please type another, or type /huy.
hop-choice-save-quietly = ✅ Save (not announced yet: nobody is told)
