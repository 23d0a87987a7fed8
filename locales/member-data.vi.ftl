## Bản sao dữ liệu của một đảng viên (DOCX, /dulieu), theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15.
## Không dùng thẻ HTML: các câu này thành chữ thường trong văn bản Word.

member-data-title = Dữ liệu cá nhân
member-data-subtitle = chibo lưu về đồng chí { $name }
member-data-intro = Bản này ghi toàn bộ dữ liệu chibo đang lưu về đồng chí, đến { $time }, theo Luật Bảo vệ dữ liệu cá nhân. Mục nào ghi "Không có" là chibo không lưu gì về việc đó.
member-data-closing = Bản này chỉ gửi cho đồng chí trong chat riêng với chibo. Thấy dữ liệu chưa đúng, hoặc muốn xin xóa: gõ /dulieu trong chat riêng với chibo.
member-data-none = Không có.
member-data-yes = Có
member-data-no = Chưa
member-data-someone = (không rõ)
member-data-year = Năm { $year }
member-data-meeting = { $topic } (ngày { $day })

member-data-section-roster = Tên trong danh sách chi bộ
member-data-name = Họ và tên: { $name }.
member-data-cell = Chi bộ: { $cell }.
member-data-standing = Vai trò trong chi bộ: { $role }. Tình trạng: { $status }.
member-data-roster-active = Đang có tên trong danh sách chi bộ.
member-data-roster-pending = Đang chờ bí thư duyệt vào danh sách chi bộ.
member-data-roster-rejected = Chi bộ chưa duyệt vào danh sách.
member-data-roster-moved = Đã sang danh sách của chi bộ khác.
member-data-since = Ghi vào danh sách từ ngày { $day }.

member-data-section-accounts = Tài khoản chat
member-data-column-account = Tài khoản
member-data-column-shown-as = Tên hiển thị
member-data-column-since = Gắn từ ngày
member-data-column-private-chat = Chat riêng với chibo từ ngày
member-data-not-yet = chưa

member-data-section-consent = Đồng ý cho chibo lưu dữ liệu
member-data-column-day = Ngày
member-data-column-answer = Trả lời
member-data-column-version = Phiên bản nội dung
member-data-column-recorded = Ai ghi nhận
member-data-consent-given = Đồng ý
member-data-consent-refused = Không đồng ý
member-data-consent-withdrawn = Rút lại đồng ý
member-data-consent-own = Đồng chí tự trả lời trong chat
member-data-consent-on-paper = { $name } ghi theo giấy đồng chí đã ký

member-data-section-plans = Kế hoạch cá nhân và các lần sửa
member-data-revision = Lần lưu thứ { $revision }, ngày { $day }:
member-data-revision-current = Lần lưu thứ { $revision }, ngày { $day } (bản đang dùng):
member-data-part = { $part }: { $text }

member-data-section-progress = Tiến độ thực hiện
member-data-column-part = Phần
member-data-column-status = Tình hình
member-data-column-note = Ghi chú
member-data-with-photo = (có gửi ảnh)

member-data-section-results = Kết quả cuối năm và mức xếp loại
member-data-reported = Đồng chí báo cáo kết quả ngày { $day }:
member-data-not-reported = Đồng chí chưa báo cáo kết quả năm này.
member-data-result-part = { $part }: { $outcome }. { $text }
member-data-result-why = Lý do chưa hoàn thành: { $why }
member-data-level-proposed = Mức đồng chí tự xếp loại: { $level }.
member-data-level-proposed-none = Đồng chí chưa tự xếp loại.
member-data-level-agreed = Mức chi bộ xếp: { $level } (ngày { $day }, { $name } ghi).
member-data-level-agreed-none = Chi bộ chưa xếp loại.

member-data-section-attendance = Điểm danh và lý do vắng
member-data-attendance-marks = Điểm danh các buổi sinh hoạt
member-data-attendance-answers = Trả lời thông báo họp
member-data-attendance-changes = Các lần sửa điểm danh
member-data-attendance-warnings = Bí thư được nhắc về số tháng vắng không lý do
member-data-column-meeting = Buổi sinh hoạt
member-data-column-mark = Điểm danh
member-data-column-marked-by = Cách ghi
member-data-column-before = Trước khi sửa
member-data-column-after = Sau khi sửa
member-data-column-changed = Người sửa, ngày sửa
member-data-present = Có mặt
member-data-absent-reason = Vắng có lý do: { $reason }
member-data-absent-no-reason = Vắng không lý do
member-data-unmarked = Chưa điểm danh
member-data-marked-by-self = Đồng chí tự điểm danh
member-data-marked-by-remote = Đồng chí điểm danh từ xa
member-data-marked-by-secretary = Bí thư ghi
member-data-answer-attend = Sẽ dự
member-data-answer-excused = Xin vắng: { $reason }
member-data-no-reason-yet = chưa ghi lý do
member-data-changed-by = { $name }, ngày { $day }
member-data-warning = Năm { $year }: đủ { $months } tháng vắng không lý do, bí thư được nhắc ngày { $day }.

member-data-section-polls = Phiếu bình chọn công khai
member-data-polls-secret = Phiếu kín không gắn với tên đồng chí nên không có ở đây.
member-data-column-question = Câu hỏi
member-data-column-chosen = Đồng chí chọn

member-data-section-nominations = Biểu dương
member-data-nominations-of-member = Đề nghị biểu dương đồng chí
member-data-nomination-votes = Các lần đồng chí bỏ phiếu ủng hộ
member-data-nomination-vote = Ngày { $day }: đồng chí bỏ phiếu ủng hộ một đề nghị biểu dương.
member-data-column-round = Đợt
member-data-column-reason = Lý do đề nghị
member-data-column-confirmed = Chi bộ đã thống nhất
member-data-round-midterm = Sơ kết năm { $year }
member-data-round-yearEnd = Tổng kết năm { $year }

member-data-section-departures = Rời nhóm chat của chi bộ
member-data-departure = Rời nhóm "{ $group }" ngày { $day }; chờ bí thư cho biết đồng chí chuyển đi hay vẫn ở chi bộ.
member-data-some-group = nhóm chat của chi bộ

member-data-section-messages = Tin nhắn riêng chibo gửi đồng chí
member-data-column-state = Tình trạng
member-data-message-pending = Chờ gửi
member-data-message-sending = Đang gửi
member-data-message-sent = Đã gửi
member-data-message-unreachable = Chưa gửi được: chibo chưa nhắn riêng được cho đồng chí
member-data-message-failed = Gửi không được
member-data-message-expired = Không gửi nữa: đã quá hạn
member-data-message-dropped = Không gửi nữa: không còn gì cần nhắc

member-data-section-reads = Những lần người khác mở dữ liệu của đồng chí
member-data-column-when = Lúc
member-data-column-reader = Người mở
member-data-column-what = Mở gì
member-data-column-where = Ở đâu
member-data-read-kind-plan = Kế hoạch cá nhân
member-data-read-kind-results = Kết quả, tiến độ
member-data-read-kind-reasons = Lý do vắng
member-data-read-kind-level = Mức xếp loại
member-data-read-channel-chat = Trong chat
member-data-read-channel-file = Trong tệp tải về
member-data-read-channel-cli = Trên máy chủ của chibo

member-data-section-other = Dữ liệu khác (bảng { $table })
member-data-other-intro = chibo chưa có cách trình bày riêng cho dữ liệu này; dưới đây là từng dòng như đang lưu.
member-data-field = { $field }: { $value }
member-data-empty-value = (trống)
