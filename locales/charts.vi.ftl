## Charts sent as pictures (src/documents/charts): titles, labels and notes, in plain text.

chart-registration-title = Đăng ký học tập và làm theo
chart-registration-subtitle = Đã đăng ký { $registered }/{ $target } đảng viên · hạn chót { $deadline }
chart-registration-axis-day = Ngày
chart-registration-axis-count = Số đảng viên đã đăng ký
chart-registration-target = Phải đăng ký: { $count }
chart-registration-deadline = Hạn chót { $date }
chart-registration-empty = Chưa có ai đăng ký — chưa có dữ liệu để vẽ biểu đồ.

chart-attendance-title = Tham dự sinh hoạt chi bộ
chart-attendance-subtitle = { $meetings } buổi sinh hoạt · có mặt { $present }/{ $counted } lượt
chart-attendance-present = Có mặt
chart-attendance-absent-with-reason = Vắng có lý do
chart-attendance-absent-without-reason = Vắng không lý do
chart-attendance-axis-meeting = Buổi sinh hoạt
chart-attendance-axis-members = Số đảng viên
chart-attendance-empty = Chưa có buổi sinh hoạt nào — chưa có dữ liệu để vẽ biểu đồ.

chart-poll-voters = { $count } người đã biểu quyết
chart-poll-secret = Biểu quyết kín
chart-poll-option-votes = { $votes } phiếu ({ $percent }%)
chart-poll-empty = Chưa có phiếu biểu quyết nào — chưa có dữ liệu để vẽ biểu đồ.
