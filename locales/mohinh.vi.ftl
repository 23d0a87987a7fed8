help-mohinh = mô hình, việc làm theo Bác của chi bộ
mohinh-none = Chi bộ chưa đăng ký mô hình, việc làm theo Bác năm { $year }.
mohinh-header = <b>Mô hình, việc làm theo Bác của chi bộ năm { $year }:</b> { $title }
mohinh-what = <b>Nội dung:</b> { $what }
mohinh-who = <b>Người thực hiện:</b> { $who }
mohinh-by = <b>Thời hạn:</b> { $day }
mohinh-no-progress = Chưa báo cáo tiến độ quý nào.
mohinh-progress-earlier = Tiến độ { $count } quý trước: nhắn riêng /mohinh cho chibo để xem đủ.
mohinh-progress-line = <b>Tiến độ { $quarter }:</b> { $note }
mohinh-choice-register = 📝 Đăng ký mô hình
mohinh-choice-progress = 📈 Báo cáo tiến độ { $quarter }
mohinh-choice-edit = ✏️ Sửa mô hình
mohinh-choice-confirm = ✅ Lưu
mohinh-choice-change-title = Sửa tên
mohinh-choice-change-what = Sửa nội dung
mohinh-choice-change-who = Sửa người thực hiện
mohinh-choice-change-byDay = Sửa thời hạn
mohinh-choice-keep = Giữ nguyên
mohinh-choice-cancel = Hủy
mohinh-ask-title = <b>Bước { $step }/4 — Tên mô hình</b> năm { $year } (dưới { $max } ký tự), ví dụ: «Tuyến đường hoa kiểu mẫu», «Tổ tự quản an ninh trật tự».
mohinh-ask-what = <b>Bước { $step }/4 — Nội dung:</b> làm gì, ở đâu, kết quả cần đạt (dưới { $max } ký tự).
mohinh-ask-who = <b>Bước { $step }/4 — Người thực hiện:</b> đồng chí nào phụ trách, ai cùng làm (dưới { $max } ký tự).
mohinh-ask-byDay = <b>Bước { $step }/4 — Thời hạn hoàn thành</b> trong năm { $year }: gõ ngày dạng 30/11 hoặc 30/11/{ $year }.
mohinh-current = Hiện đang ghi: <i>{ $text }</i>. Gõ nội dung mới để thay, hoặc chọn Giữ nguyên.
mohinh-review = <b>Xem lại mô hình năm { $year }</b>
    <b>Tên:</b> { $title }
    <b>Nội dung:</b> { $what }
    <b>Người thực hiện:</b> { $who }
    <b>Thời hạn:</b> { $day }
    Mô hình là việc chung của chi bộ: mọi đảng viên đều xem được bằng /mohinh, cả trong nhóm.
mohinh-use-choices = Xin chọn một dòng dưới đây.
mohinh-use-choices--buttons = Xin bấm một nút bên dưới.
mohinh-use-choices--typed = Xin trả lời bằng một số trong danh sách dưới đây.
mohinh-answer-empty = Chưa thấy nội dung. Xin viết vài chữ.
mohinh-answer-too-long = Phần này dài { $length } ký tự; xin viết ngắn gọn, dưới { $max } ký tự.
mohinh-day-format = Chưa đọc được ngày. Xin gõ ngày trước, tháng sau, ví dụ 30/11 hoặc 30/11/{ $year }.
mohinh-day-no-such-day = Không có ngày này trong lịch. Xin gõ lại, ví dụ 30/11/{ $year }.
mohinh-day-other-year = Thời hạn phải là một ngày trong năm { $year }.
mohinh-day-past = Ngày này đã qua (hôm nay { $today }). Xin gõ một ngày từ hôm nay đến hết năm { $year }.
mohinh-saved = Đã lưu mô hình năm { $year }: { $title }. Mỗi quý, gõ /mohinh và chọn Báo cáo tiến độ.
mohinh-updated = Đã lưu bản sửa mô hình năm { $year }: { $title }. Tiến độ đã báo cáo vẫn giữ nguyên.
mohinh-unchanged = Mô hình không thay đổi gì.
mohinh-cancelled = Đã hủy, chưa lưu mô hình nào.
mohinh-cancelled-kept = Đã hủy. Mô hình đã lưu vẫn giữ nguyên.
mohinh-resume = Đồng chí đang làm dở mô hình của chi bộ; làm tiếp từ đây.
mohinh-restart = Phần nhập mô hình đang làm dở đã để quá lâu. Xin gõ lại /mohinh.
mohinh-committee-only = Chỉ bí thư, phó bí thư và chi ủy viên mới đăng ký, sửa mô hình và báo cáo tiến độ được. Đồng chí xem mô hình bằng /mohinh.
mohinh-progress-no-model = Chi bộ chưa đăng ký mô hình năm nay: gõ /mohinh và chọn Đăng ký mô hình trước.
mohinh-ask-progress = <b>Tiến độ { $quarter }</b> của mô hình «{ $title }»: đã làm được gì, còn việc gì phải làm (vài câu ngắn).
mohinh-progress-saved = Đã lưu tiến độ { $quarter }: { $note }
mohinh-progress-updated = Đã lưu bản sửa tiến độ { $quarter }: { $note }
mohinh-progress-kept = Tiến độ đã báo cáo vẫn giữ nguyên.
job-model-progress = Sắp hết { $quarter }: xin đồng chí báo cáo tiến độ mô hình «{ $title }» của chi bộ. Gõ /mohinh và chọn Báo cáo tiến độ.
job-model-register = Chi bộ chưa đăng ký mô hình, việc làm theo Bác năm { $year } (chi bộ báo cáo mô hình với cấp ủy trước ngày { $deadline }). Gõ /mohinh để đăng ký.
job-model-progress-group = Sắp hết { $quarter }: chi bộ chưa báo cáo tiến độ mô hình «{ $title }». Xin đồng chí { $name } nhắn riêng cho chibo /mohinh để báo cáo.
job-model-register-group = Chi bộ chưa đăng ký mô hình, việc làm theo Bác năm { $year } (hạn báo cáo cấp ủy: { $deadline }). Xin đồng chí { $name } nhắn riêng cho chibo /mohinh để đăng ký.
