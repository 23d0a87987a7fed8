## Lịch họp hằng tháng: buổi họp tạo theo lịch, thông báo trước buổi họp

series-created =
    📅 Đã lên lịch buổi họp tháng { $month } theo lịch họp hằng tháng:
    { $meeting }
    Thông báo sẽ gửi vào nhóm chi bộ và cán bộ đảng ủy ngày { $noticeDay }. Đổi giờ, địa điểm hay hủy riêng buổi này: /hop.
series-shifted = Ngày { $from } là ngày nghỉ lễ ({ $holiday }) nên buổi họp được dời sang ngày { $day }.
series-no-table = ⚠️ chibo chưa có bảng ngày nghỉ lễ năm { $year }: các buổi họp năm { $year } giữ đúng ngày theo lịch, kể cả ngày lễ. Buổi nào trùng ngày nghỉ, xin đổi ngày bằng /hop.
series-overlap =
    ⚠️ Buổi họp tháng { $month } theo lịch ({ $when }) trùng giờ với buổi họp đã có:
    { $other }
    chibo không lên lịch buổi theo lịch tháng { $month }. Cần họp thêm thì lên lịch riêng bằng /hop.
series-notice-officer = 📅 { $cell }: { $kind }, { $when }, tại { $place }.
series-notice-remote = 📱 Buổi họp này cho phép điểm danh từ xa: đồng chí không đến được thì nhắn riêng /diemdanh cho chibo trong giờ họp.
