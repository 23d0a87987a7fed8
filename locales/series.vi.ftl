## Lịch họp hằng tháng: buổi họp tạo theo lịch, thông báo trước buổi họp

series-created =
    📅 Đã lên lịch buổi họp tháng { $month } theo lịch họp hằng tháng:
    { $meeting }
    { $notice } Đổi giờ, địa điểm hay hủy riêng buổi này: /hop.
series-notice-on-committee = Thông báo sẽ gửi vào nhóm chi bộ và báo cấp ủy cấp trên ngày { $day }.
series-notice-on-groups = Thông báo sẽ gửi vào nhóm chi bộ ngày { $day }.
series-shifted = Ngày { $from } là ngày nghỉ lễ ({ $holiday }) nên buổi họp được dời sang ngày { $day }.
series-no-table = ⚠️ chibo chưa có bảng ngày nghỉ lễ năm { $year }: các buổi họp năm { $year } giữ đúng ngày theo lịch, kể cả ngày lễ. Buổi nào trùng ngày nghỉ, xin đổi ngày bằng /hop.
series-overlap =
    ⚠️ Buổi họp tháng { $month } theo lịch ({ $when }) trùng giờ với buổi họp đã có:
    { $other }
    chibo không lên lịch buổi theo lịch tháng { $month }. Cần họp thêm thì lên lịch riêng bằng /hop.
series-month-taken =
    ℹ️ Tháng { $month } chi bộ đã có buổi sinh hoạt định kỳ:
    { $other }
    nên chibo không lên lịch thêm buổi theo lịch ({ $when }).
series-stopped-none = ⚠️ Lịch họp hằng tháng <b>{ $rule }</b> không cho buổi họp nào lên lịch được trong năm tới nên chibo đã hủy lịch này. Xin gõ /hop để đặt lại.
series-notice-officer = 📅 { $cell }: { $kind }, { $when }, tại { $place }. Nội dung: { $topic }.
series-changed-officer = ✏️ { $cell } đổi buổi họp: { $kind }, nay { $when }, tại { $place }. Nội dung: { $topic }.
series-cancelled-officer = ❌ { $cell } hủy buổi họp: { $kind }, { $when }, tại { $place } ({ $topic }).
series-notice-remote = 📱 Buổi họp này cho phép điểm danh từ xa: đồng chí dự họp từ xa thì nhắn riêng /diemdanh cho chibo trong giờ họp.
