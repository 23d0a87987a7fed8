## Danh sách đảng viên tham dự một buổi sinh hoạt, bảng theo dõi sinh hoạt cả năm (Word, Excel),
## và phần sinh hoạt chi bộ trong tổng hợp của đảng ủy. Không dùng thẻ HTML trong các câu doc-*.

## Danh sách đảng viên tham dự sinh hoạt chi bộ (một buổi)

doc-attendance-list-title = Danh sách
doc-attendance-list-subtitle-regular = Đảng viên tham dự sinh hoạt chi bộ định kỳ tháng { $month } năm { $year }
doc-attendance-list-subtitle-thematic = Đảng viên tham dự sinh hoạt chi bộ chuyên đề tháng { $month } năm { $year }
doc-attendance-list-subtitle-combined = Đảng viên tham dự sinh hoạt chi bộ định kỳ kết hợp chuyên đề tháng { $month } năm { $year }
doc-attendance-list-when = Thời gian: { $time }. Địa điểm: { $place }.
doc-attendance-list-counts = Số đảng viên phải dự sinh hoạt: { $counted } đồng chí; có mặt: { $present } ({ $percent }); vắng có lý do: { $excused }; vắng không lý do: { $absent }. Miễn sinh hoạt (không tính vào số phải dự): { $exempt } đồng chí.
doc-attendance-list-empty = Không có đảng viên nào trong danh sách của buổi sinh hoạt.
doc-attendance-column-present = Có mặt
doc-attendance-column-note = Ghi chú
doc-attendance-column-signature = Ký tên
doc-attendance-mark = x
doc-attendance-note-exempt = Miễn sinh hoạt
doc-attendance-note-remote = Dự từ xa
doc-attendance-no-reason = Chưa nêu lý do
doc-attendance-total-exempt = Miễn: { $count }

## Bảng theo dõi đảng viên tham dự sinh hoạt chi bộ cả năm

doc-ledger-title = Bảng theo dõi
doc-ledger-subtitle = Đảng viên tham dự sinh hoạt chi bộ năm { $year }
doc-ledger-intro = Năm { $year }, chi bộ đã sinh hoạt { $meetings } buổi trong { $months } tháng; bảng theo dõi { $members } đảng viên.
doc-ledger-section-table = Theo dõi từng đảng viên
doc-ledger-legend = Cột 1 đến 12 là các tháng; mỗi buổi sinh hoạt một ký hiệu, ô trống là tháng chi bộ không sinh hoạt. Ký hiệu: { $legend }. Cột «Cộng» đếm số buổi.
doc-ledger-no-members = Chi bộ chưa có đảng viên trong danh sách.
doc-ledger-column-totals = Cộng
doc-ledger-meetings-row = Số buổi sinh hoạt
doc-ledger-section-absences = Đảng viên vắng không lý do
doc-ledger-removal = Vắng không lý do từ { $count } tháng trở lên trong năm ({ $members } đồng chí; theo Điều 8 Điều lệ Đảng, chi bộ xem xét, đề nghị xóa tên):
doc-ledger-warning = Vắng không lý do { $count } tháng trong năm ({ $members } đồng chí; chi bộ gặp, nhắc nhở):
doc-ledger-absent-member = - Đồng chí { $name } (tháng { $months });
doc-ledger-no-absences = Không có đảng viên nào vắng không lý do từ { $count } tháng trở lên trong năm.

## Ký hiệu của bảng theo dõi (Word và Excel)

ledger-symbol-present = x
ledger-symbol-excused = P
ledger-symbol-absent = K
ledger-symbol-exempt = M
ledger-symbol-notYet = –
ledger-symbol-left = C
ledger-symbol-legend-item = { $mark } { $meaning }
ledger-symbol-means-present = có mặt
ledger-symbol-means-excused = vắng có lý do
ledger-symbol-means-absent = vắng không lý do
ledger-symbol-means-exempt = miễn sinh hoạt
ledger-symbol-means-notYet = chưa sinh hoạt ở chi bộ (chưa vào đảng bộ, chưa được duyệt vào danh sách)
ledger-symbol-means-left = đã chuyển sinh hoạt đi nơi khác

## /xuatbaocao: danh sách tham dự, bảng theo dõi

xuatbaocao-choice-attendanceList = 📄 Danh sách đảng viên tham dự một buổi họp (Word)
xuatbaocao-choice-ledger = 📄 Bảng theo dõi sinh hoạt năm { $year } (Word)
xuatbaocao-choice-ledgerWorkbook = 📊 Bảng theo dõi sinh hoạt năm { $year } (Excel)
xuatbaocao-pick-meeting = Danh sách tham dự của buổi họp nào? Chọn một buổi { $page }
xuatbaocao-pick-meeting--typed = Danh sách tham dự của buổi họp nào? Gõ số của buổi họp { $page }
xuatbaocao-pick-meeting-choice = { $day } — { $kind }
xuatbaocao-meeting-gone = Buổi họp này không còn trong danh sách các buổi đã kết thúc năm { $year }. Gõ /xuatbaocao để chọn lại.
xuatbaocao-file-attendanceList = Danh sách đảng viên tham dự buổi họp ngày { $day }. Đảng viên có mặt ký tên trước khi nộp.
xuatbaocao-file-ledger = Bảng theo dõi đảng viên tham dự sinh hoạt chi bộ năm { $year }.
xuatbaocao-file-ledgerWorkbook = Bảng tính theo dõi sinh hoạt năm { $year }: từng đảng viên, từng tháng.

## Tổng hợp của đảng ủy: sinh hoạt chi bộ theo tháng (chỉ số lượng)

doc-rollup-section-meetings = Sinh hoạt chi bộ trong năm
doc-rollup-meetings-intro = Số buổi sinh hoạt chi bộ từng tháng, số chi bộ đã sinh hoạt, tỷ lệ đảng viên dự sinh hoạt và số đảng viên vắng không lý do từ { $removalAt } tháng trở lên trong năm (Điều 8 Điều lệ Đảng) của từng chi bộ:
doc-rollup-column-month = Tháng
doc-rollup-column-cells-met = Số chi bộ đã sinh hoạt
doc-rollup-column-months-met = Số tháng có sinh hoạt
doc-rollup-column-months-missed = Tháng không sinh hoạt
doc-rollup-column-at-removal = Đảng viên vắng không lý do từ { $removalAt } tháng
tonghop-cell-at-removal = ⚠️ { $code }: { $count } đảng viên vắng không lý do từ { $removalAt } tháng trong năm
tonghop-totals-at-removal = Vắng không lý do từ { $removalAt } tháng trong năm: { $count } đảng viên, ở { $cells } chi bộ.
