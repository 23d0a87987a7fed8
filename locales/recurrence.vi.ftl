## Lịch họp hằng tháng: quy tắc chi bộ đặt, đọc lại cho bí thư ("ngày 5 hằng tháng, 19 giờ 30")

recurrence-day-of-month = ngày { $day } hằng tháng, { $time }
recurrence-weekday-of-month = { $weekday } { $nth } của tháng, { $time }
recurrence-last-working-day = ngày làm việc cuối cùng của tháng, { $time }
recurrence-nth-1 = đầu tiên
recurrence-nth-2 = thứ hai
recurrence-nth-3 = thứ ba
recurrence-nth-4 = thứ tư
recurrence-nth-last = cuối cùng
