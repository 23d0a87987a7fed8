## Bảng tính (XLSX) của chi bộ và của cấp ủy

xlsx-sheet-roster = Đăng ký
xlsx-sheet-attendance = Điểm danh
xlsx-sheet-polls = Bình chọn
xlsx-sheet-rollup = Tổng hợp
xlsx-title-cell = { $cell } — năm { $year }
xlsx-title-rollup = { $committee } — năm { $year } — ngày { $day }

# Excel's number format for a share. [$-42A] marks it Vietnamese, so that LibreOffice writes
# 83,3%; Excel writes the decimal separator of the reader's own regional settings.
xlsx-format-percent = [$-42A]0.0%

xlsx-col-number = STT
xlsx-col-name = Họ và tên
xlsx-col-role = Vai trò
xlsx-col-status = Tình trạng
xlsx-col-registration = Tình trạng đăng ký
xlsx-col-part = { $label }

xlsx-role-secretary = Bí thư
xlsx-role-deputy = Phó bí thư
xlsx-role-committee = Chi ủy viên
xlsx-role-member = Đảng viên
xlsx-status-full = Chính thức
xlsx-status-probationary = Dự bị
xlsx-status-exempt = Miễn sinh hoạt
xlsx-status-retired = Nghỉ hưu
xlsx-status-transferred = Chuyển đi
xlsx-registration-registered = Đã đăng ký
xlsx-registration-missing = Chưa đăng ký
xlsx-registration-exempt = Miễn đăng ký

xlsx-meeting-header = { $day } ({ $kind })
xlsx-kind-regular = Định kỳ
xlsx-kind-thematic = Chuyên đề
xlsx-kind-combined = Định kỳ kết hợp chuyên đề
xlsx-mark-present = Có mặt
xlsx-mark-excused = Vắng có lý do
xlsx-mark-absent = Vắng không lý do
xlsx-mark-exempt = Miễn
xlsx-col-present-count = Số buổi có mặt
xlsx-col-excused-count = Số buổi vắng có lý do
xlsx-col-absent-count = Số buổi vắng không lý do
xlsx-col-exempt-count = Số buổi được miễn
xlsx-col-attendance-rate = Tỷ lệ có mặt
xlsx-col-reasons = Lý do vắng
xlsx-reason-line = { $day }: { $reason }
xlsx-reason-note = Lý do vắng: { $reason }

xlsx-col-question = Câu hỏi
xlsx-col-mode = Hình thức
xlsx-mode-anonymous = Bỏ phiếu kín
xlsx-mode-open = Công khai
xlsx-col-option = Phương án
xlsx-col-votes = Số phiếu
xlsx-col-share = Tỷ lệ
xlsx-col-voters = Tổng số phiếu

xlsx-col-code = Mã chi bộ
xlsx-col-cell = Chi bộ
xlsx-col-members = Số đảng viên
xlsx-col-registered = Đã đăng ký
xlsx-col-missing = Chưa đăng ký
xlsx-col-exempt = Miễn đăng ký
xlsx-col-meetings = Số buổi sinh hoạt
xlsx-col-behind = Chậm
xlsx-behind = chậm
xlsx-totals = Tổng cộng
xlsx-behind-count = { $count } chi bộ chậm

## Kết quả cuối năm và biểu dương

xlsx-sheet-results = Kết quả
xlsx-sheet-nominations = Biểu dương
xlsx-sheet-rollup-year-end = Kết quả, xếp loại
xlsx-col-part-outcome = { $label }: kết quả
xlsx-col-part-done = { $label }: việc đã làm
xlsx-col-why = Việc chưa làm được, lý do
xlsx-why-line = { $label }: { $why }
xlsx-col-reported-on = Ngày báo cáo
xlsx-not-reported = Chưa báo cáo
xlsx-col-proposed-level = Tự nhận mức xếp loại
xlsx-col-agreed-level = Chi bộ xếp loại
xlsx-outcome-done = Đã hoàn thành
xlsx-outcome-partly = Hoàn thành một phần
xlsx-outcome-notDone = Chưa hoàn thành
xlsx-col-round = Đợt
xlsx-round-midterm = Sơ kết
xlsx-round-yearEnd = Tổng kết
xlsx-col-nominee-kind = Cá nhân/tập thể
xlsx-nominee-individual = Cá nhân
xlsx-nominee-collective = Tập thể
xlsx-col-nominee = Họ và tên/ tên tập thể
xlsx-col-achievements = Thành tích tiêu biểu
xlsx-col-confirmed = Đã chốt
xlsx-confirmed = Đã chốt
xlsx-col-results-required = Số phải báo cáo kết quả
xlsx-col-results-reported = Đã báo cáo kết quả
xlsx-col-model = Mô hình
xlsx-col-nominated-individuals = Biểu dương cá nhân
xlsx-col-nominated-collectives = Biểu dương tập thể
xlsx-models-count = { $count } chi bộ có mô hình

## Bảng theo dõi sinh hoạt cả năm

xlsx-sheet-ledger = Theo dõi sinh hoạt
xlsx-sheet-legend = Ký hiệu
xlsx-title-ledger = { $cell } — theo dõi sinh hoạt năm { $year }
xlsx-ledger-month = Tháng { $month }
xlsx-col-unexcused-months-count = Số tháng vắng không lý do
xlsx-col-unexcused-months = Các tháng vắng không lý do
xlsx-ledger-meetings-row = Số buổi sinh hoạt
xlsx-col-mark = Ký hiệu
xlsx-col-meaning = Ý nghĩa
xlsx-ledger-empty-month = Ô trống: tháng chi bộ không sinh hoạt. Tháng có hai buổi ghi hai ký hiệu.
xlsx-sheet-rollup-meetings = Sinh hoạt theo tháng
xlsx-col-at-removal = Đảng viên vắng không lý do từ { $removalAt } tháng
