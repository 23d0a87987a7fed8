## Sổ điểm danh trong năm: ai vắng không lý do mấy tháng, những lần bí thư sửa điểm danh

ledger-warning =
    ⚠️ <b>{ $name }</b> đã vắng không lý do { $count } tháng trong năm { $year } (tháng { $months }), tính đến buổi họp ngày { $day }.
    Theo Điều lệ Đảng (Điều 8), vắng sinh hoạt không lý do { $removalAt } tháng trong năm thì chi bộ xem xét, đề nghị xóa tên. Chi bộ nên gặp, nhắc nhở đồng chí.
    Nếu điểm danh có sai sót, sửa bằng /diemdanh trong { $days } ngày sau buổi họp.
ledger-removal =
    ⛔ <b>{ $name }</b> đã vắng không lý do { $count } tháng trong năm { $year } (tháng { $months }), tính đến buổi họp ngày { $day }.
    Theo Điều lệ Đảng (Điều 8), chi bộ xem xét, đề nghị cấp có thẩm quyền xóa tên đồng chí trong danh sách đảng viên.
    Nếu điểm danh có sai sót, sửa bằng /diemdanh trong { $days } ngày sau buổi họp.
ledger-changes = <b>Đã sửa:</b>
ledger-changes-latest = <b>Đã sửa { $count } lần</b>, { $shown } lần gần nhất:
ledger-change = • { $name }: { $before } → { $after } ({ $by }, { $day })
ledger-mark-none = chưa điểm danh
ledger-mark-present = có mặt
ledger-mark-absent = vắng không lý do
ledger-mark-excused = vắng có lý do
ledger-baocao-both = ⚠️ Vắng không lý do năm { $year }: { $warnAt } tháng — { $warning }; từ { $removalAt } tháng (xem xét xóa tên) — { $removal }.
ledger-baocao-warning = ⚠️ Vắng không lý do năm { $year }: { $warnAt } tháng — { $warning }.
ledger-baocao-removal = ⚠️ Vắng không lý do năm { $year }: từ { $removalAt } tháng (xem xét xóa tên) — { $removal }.
