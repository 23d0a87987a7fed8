## /dulieu: a member's own data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15)

help-dulieu = xem, tải về dữ liệu chibo giữ về mình; rút lại đồng ý; xin sửa, xin xóa
dulieu-summary-head =
    <b>Dữ liệu chibo đang giữ về đồng chí</b>
    • Danh sách chi bộ: { $name }, { $role } ({ $status }), { $cell }.
dulieu-summary-accounts = • Tài khoản chat gắn với đồng chí: { $count }.
dulieu-summary-consent-given = • Đồng ý cho chibo lưu dữ liệu: ngày { $day } (nội dung phiên bản { $version }).
dulieu-summary-consent-withdrawn = • Đồng chí đã rút lại đồng ý ngày { $day }: chibo không nhắn nhắc việc riêng cho đồng chí nữa.
dulieu-summary-consent-none = • Chưa có lời đồng ý nào được lưu (đồng chí vào danh sách trước khi chibo hỏi đồng ý).
dulieu-summary-plans = • Bản đăng ký kế hoạch cá nhân: { $plans } (các lần lưu: { $revisions }).
dulieu-summary-progress = • Lần báo tiến độ: { $count }.
dulieu-summary-attendance = • Điểm danh: { $marks } buổi, vắng { $absent }; lý do vắng đã ghi: { $reasons }.
dulieu-summary-polls = • Phiếu ghi tên ở các cuộc bình chọn: { $count } (phiếu kín không gắn với tên).
dulieu-summary-results = • Báo cáo kết quả cuối năm: { $count }.
dulieu-summary-level-agreed = • Năm { $year }: chi bộ thống nhất mức { $level }.
dulieu-summary-level-proposed = • Năm { $year }: đồng chí tự nhận mức { $level }.
dulieu-summary-close = Đồng chí có thể tải toàn bộ về (tệp JSON), rút lại đồng ý, xin sửa hoặc xin xóa. Tin này chỉ gửi cho đồng chí.
dulieu-reads-head = <b>Ai đã mở dữ liệu của đồng chí năm { $year }</b> (kế hoạch, kết quả, lý do vắng, mức xếp loại):
dulieu-reads-line = • { $reader } — { $kind }, { $count } lần, lần cuối { $day }
dulieu-reads-line-once = • { $reader } — { $kind }, 1 lần, ngày { $day }
dulieu-reads-more = • và { $count } lần khác
dulieu-reads-none = Chưa ai mở dữ liệu của đồng chí năm nay.
dulieu-reader-named = { $role } { $name }
dulieu-reader-secretary = Bí thư
dulieu-reader-deputy = Phó bí thư
dulieu-reader-committee = Chi ủy viên
dulieu-reader-officer = Cán bộ đảng ủy
dulieu-reader-operator = Người vận hành chibo (dòng lệnh)
# The kinds of data read; the CLI's privacy reads says them the same way.
dulieu-read-kind-plan = kế hoạch cá nhân
dulieu-read-kind-results = kết quả, tiến độ
dulieu-read-kind-reasons = lý do vắng
dulieu-read-kind-level = mức xếp loại
dulieu-choice-export = Tải dữ liệu (JSON)
dulieu-choice-withdraw = Rút lại đồng ý
dulieu-choice-correct = Xin sửa
dulieu-choice-erase = Xin xóa
dulieu-export = Toàn bộ dữ liệu chibo giữ về đồng chí, từng bảng, như đang lưu. Tệp chỉ gửi trong chat riêng này.
dulieu-export-docx = Cũng dữ liệu ấy trong tệp Word, dễ đọc và in ra.
dulieu-withdraw-ask =
    Rút lại đồng ý thì:
    • chibo không nhắn nhắc việc riêng cho đồng chí nữa (nhắc họp, nhắc đăng ký, hỏi tiến độ…);
    • bí thư, phó bí thư được báo để chuyển đồng chí đi hoặc đưa ra khỏi danh sách chi bộ;
    • dữ liệu đã có vẫn giữ đến khi đó; muốn xóa, chọn "Xin xóa".
    Đồng chí chắc chắn rút lại đồng ý?
dulieu-choice-withdraw-yes = ✅ Xác nhận rút lại đồng ý
dulieu-withdrawn = Đã ghi nhận đồng chí rút lại đồng ý. Từ nay chibo không nhắn nhắc việc riêng cho đồng chí nữa. chibo đã báo bí thư, phó bí thư để chuyển đồng chí đi hoặc đưa ra khỏi danh sách chi bộ. Dữ liệu đã có vẫn giữ đến khi đó; muốn xóa, gõ /dulieu và chọn "Xin xóa".
dulieu-withdrawn-unreached = Đã ghi nhận đồng chí rút lại đồng ý. Từ nay chibo không nhắn nhắc việc riêng cho đồng chí nữa. chibo chưa nhắn riêng được cho bí thư, phó bí thư: xin báo trực tiếp bí thư để chuyển đồng chí đi hoặc đưa ra khỏi danh sách chi bộ.
dulieu-withdrawn-already = Đồng chí đã rút lại đồng ý trước đây; chibo đang chờ bí thư chuyển đồng chí đi hoặc đưa ra khỏi danh sách. Không có gì thay đổi.
dulieu-withdraw-only-secretary = Đồng chí là bí thư duy nhất của chi bộ nên chưa rút lại đồng ý được: không còn ai chuyển đồng chí đi hoặc đưa ra khỏi danh sách. Chi bộ cần có một bí thư khác trước (/thanhvien). Chưa ghi nhận gì.
dulieu-withdrawn-notice = Đồng chí { $name } đã rút lại đồng ý cho chibo lưu dữ liệu. Xin chuyển đồng chí đi hoặc đưa ra khỏi danh sách chi bộ (/thanhvien). Từ nay chibo không nhắn nhắc việc riêng cho đồng chí { $name }.
dulieu-correct-ask = Đồng chí gõ điều cần sửa (dữ liệu nào, sửa thành gì), tối đa { $max } ký tự. chibo chuyển nguyên văn cho bí thư trong chat riêng. Gõ /huy để hủy.
dulieu-correct-empty = Xin gõ điều cần sửa bằng chữ, hoặc /huy để hủy.
dulieu-correct-too-long = Dài quá: xin gõ gọn trong { $max } ký tự.
dulieu-correct-notice =
    Đồng chí { $name } xin sửa dữ liệu của mình:
    { $text }
    chibo không tự sửa gì: xin bí thư xem, sửa rồi báo lại đồng chí.
dulieu-correct-sent = Đã chuyển yêu cầu sửa cho bí thư trong chat riêng. chibo không tự sửa gì: bí thư xem, sửa rồi báo lại đồng chí.
dulieu-no-secretary = chibo chưa nhắn riêng được cho bí thư hoặc phó bí thư chi bộ nên yêu cầu chưa được chuyển. Xin báo trực tiếp bí thư.
dulieu-erase-ask =
    <b>Xin xóa dữ liệu</b>
    Theo Luật Bảo vệ dữ liệu cá nhân, chi bộ xóa được:
    • tài khoản chat gắn với đồng chí, hội thoại đang dở, tin nhắn chờ gửi;
    • kế hoạch cá nhân và các lần lưu, tiến độ, báo cáo kết quả, phiếu bình chọn ghi tên.
    Chi bộ phải giữ, như biên bản và sổ sách của chi bộ:
    • điểm danh và lý do vắng trong biên bản các buổi họp đã kết thúc, mức xếp loại chi bộ đã thống nhất: giữ lại, về sau không kèm tên;
    • lời đồng ý và rút lại đồng ý, làm bằng chứng.
    chibo không tự xóa gì: yêu cầu được chuyển cho bí thư, bí thư xóa những gì được xóa. Gửi yêu cầu?
dulieu-choice-erase-yes = ✅ Gửi yêu cầu xóa
dulieu-erase-notice = Đồng chí { $name } xin xóa dữ liệu của mình. chibo không tự xóa gì. Được xóa: tài khoản chat, kế hoạch cá nhân, tiến độ, báo cáo kết quả, phiếu bình chọn ghi tên. Chi bộ phải giữ: điểm danh và lý do vắng trong biên bản các buổi đã họp, mức xếp loại đã thống nhất, lời đồng ý. Xin xem rồi báo lại đồng chí.
dulieu-erase-sent = Đã chuyển yêu cầu xóa cho bí thư trong chat riêng. chibo không tự xóa gì: bí thư xóa những gì luật cho xóa rồi báo lại đồng chí; điểm danh trong biên bản các buổi đã họp và mức xếp loại đã thống nhất chi bộ phải giữ.
