## Charts sent as pictures (src/documents/charts): titles, labels and notes, in plain text.
## The "-empty" sentences are said in the chat instead of a chart when there is nothing to draw.

chart-registration-title = Đăng ký học tập và làm theo
chart-registration-subtitle = Đã đăng ký { $registered }/{ $target } đảng viên · hạn đăng ký { $deadline }
chart-registration-axis-day = Ngày
chart-registration-axis-count = Số đảng viên đã đăng ký
chart-registration-target = Phải đăng ký: { $count }
chart-registration-deadline = Hạn đăng ký { $date }
chart-registration-empty = Chưa có ai đăng ký nên chưa có biểu đồ tiến độ đăng ký.

chart-attendance-title = Tham dự sinh hoạt chi bộ
chart-attendance-subtitle = { $meetings } buổi sinh hoạt · có mặt { $present }/{ $counted } lượt
chart-attendance-present = Có mặt
chart-attendance-absent-with-reason = Vắng có lý do
chart-attendance-absent-without-reason = Vắng không lý do
chart-attendance-axis-meeting = Buổi sinh hoạt
chart-attendance-axis-members = Số đảng viên
chart-attendance-empty = Chưa có buổi sinh hoạt nào được điểm danh nên chưa có biểu đồ điểm danh.

chart-poll-voters = { $count } người đã bỏ phiếu
chart-poll-secret = Bỏ phiếu kín
chart-poll-option-votes = { $votes } phiếu ({ $percent }%)
chart-poll-empty = Chưa có ai bỏ phiếu nên chưa có biểu đồ kết quả bình chọn.
