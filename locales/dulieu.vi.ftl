## /dulieu: a member's own data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15)

help-dulieu = xem, tải về dữ liệu chibo giữ về mình; rút lại đồng ý; xin sửa, xin xóa
dulieu-summary-head =
    <b>Dữ liệu chibo đang giữ về đồng chí</b>
    • Danh sách chi bộ: { $name }, { $role } ({ $status }), { $cell }.
dulieu-summary-accounts = • Tài khoản chat gắn với đồng chí: { $count }.
dulieu-summary-consent-given = • Đồng ý cho chibo lưu dữ liệu: ngày { $day } (nội dung phiên bản { $version }).
dulieu-summary-consent-withdrawn = • Đồng chí đã rút lại đồng ý ngày { $day }: chibo không nhắn nhắc việc riêng cho đồng chí nữa.
dulieu-summary-consent-refused = • Đồng chí đã trả lời không đồng ý ngày { $day }: chibo không nhắn nhắc việc riêng cho đồng chí; bí thư quyết định giữ hay đưa đồng chí ra khỏi danh sách.
dulieu-summary-consent-none = • Chưa có lời đồng ý nào được lưu (đồng chí vào danh sách trước khi chibo hỏi đồng ý).
dulieu-summary-plans = • Bản đăng ký kế hoạch cá nhân: { $plans } (các lần lưu: { $revisions }).
dulieu-summary-progress = • Lần báo tiến độ: { $count }.
dulieu-summary-attendance = • Điểm danh: { $marks } buổi, vắng { $absent }; lý do vắng đã ghi: { $reasons }.
dulieu-summary-polls = • Phiếu ghi tên ở các cuộc bình chọn: { $count } (phiếu kín không gắn với tên).
dulieu-summary-results = • Báo cáo kết quả cuối năm: { $count }.
dulieu-summary-level-agreed = • Năm { $year }: chi bộ thống nhất mức { $level }.
dulieu-summary-level-proposed = • Năm { $year }: đồng chí tự nhận mức { $level }.
dulieu-summary-close = Đồng chí có thể tải dữ liệu về (tệp Word dễ đọc, kèm tệp JSON đầy đủ), rút lại đồng ý, xin sửa hoặc xin xóa. Tin này chỉ gửi cho đồng chí.
dulieu-reads-head = <b>Ai đã mở dữ liệu của đồng chí năm { $year }</b> (kế hoạch, kết quả, lý do vắng, mức xếp loại):
dulieu-reads-line = • { $reader } — { $kind }, { $count } lần, lần cuối { $day }
dulieu-reads-line-once = • { $reader } — { $kind }, 1 lần, ngày { $day }
dulieu-reads-more = • và { $count } lần khác
dulieu-reads-none = Chưa ai mở dữ liệu của đồng chí năm nay.
# Also the Word copy of a member's data names its readers so.
dulieu-reader-named = { $role } { $name }
dulieu-reader-secretary = Bí thư
dulieu-reader-deputy = Phó bí thư
dulieu-reader-committee = Chi ủy viên
dulieu-reader-officer = Cán bộ đảng ủy
dulieu-reader-operator = Người quản lý máy chủ chibo
# The kinds of data read; the CLI's privacy reads says them the same way.
dulieu-read-kind-plan = kế hoạch cá nhân
dulieu-read-kind-results = kết quả, tiến độ
dulieu-read-kind-reasons = lý do vắng
dulieu-read-kind-level = mức xếp loại
dulieu-choice-export = Tải dữ liệu về (tệp Word)
dulieu-choice-withdraw = Rút lại đồng ý
dulieu-choice-correct = Xin sửa
dulieu-choice-erase = Xin xóa
dulieu-export = Cũng dữ liệu ấy, đủ từng bảng như đang lưu (tệp JSON, cho máy đọc).
dulieu-export-docx = Dữ liệu chibo giữ về đồng chí, trong tệp Word để đọc và in ra. Tệp chỉ gửi trong chat riêng này.
dulieu-withdraw-ask =
    Rút lại đồng ý thì:
    • chibo không nhắn nhắc việc riêng cho đồng chí nữa (nhắc họp, nhắc đăng ký, hỏi tiến độ…);
    • bí thư, phó bí thư được báo để chuyển đồng chí đi hoặc đưa ra khỏi danh sách chi bộ;
    • dữ liệu đã có vẫn giữ đến khi đó; muốn xóa, chọn "Xin xóa".
    Đồng chí chắc chắn rút lại đồng ý?
dulieu-choice-withdraw-yes = ✅ Xác nhận rút lại đồng ý
dulieu-withdrawn = Đã ghi nhận đồng chí rút lại đồng ý. Từ nay chibo không nhắn nhắc việc riêng cho đồng chí nữa. chibo đã báo bí thư, phó bí thư để chuyển đồng chí đi hoặc đưa ra khỏi danh sách chi bộ. Dữ liệu đã có vẫn giữ đến khi đó; muốn xóa, gõ /dulieu và chọn "Xin xóa".
dulieu-withdrawn-unreached = Đã ghi nhận đồng chí rút lại đồng ý. Từ nay chibo không nhắn nhắc việc riêng cho đồng chí nữa. chibo chưa nhắn riêng được cho bí thư, phó bí thư: xin báo trực tiếp bí thư để chuyển đồng chí đi hoặc đưa ra khỏi danh sách chi bộ.
dulieu-refused-already = Đồng chí đã trả lời không đồng ý; chibo không nhắn nhắc việc riêng cho đồng chí. Muốn đồng ý lại, gõ /dongy. Không có gì thay đổi.
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
    • tài khoản chat gắn với đồng chí, hội thoại đang dở, tin nhắn chibo gửi riêng cho đồng chí;
    • kế hoạch cá nhân và các lần lưu, tiến độ, báo cáo kết quả (nội dung và mức tự nhận), lời báo tham dự các buổi chưa họp, phiếu ở các cuộc bình chọn ghi tên chưa kết thúc.
    Chi bộ phải giữ, như biên bản và sổ sách của chi bộ, về sau không kèm tên đồng chí:
    • điểm danh và lý do vắng trong biên bản các buổi họp đã kết thúc, mức xếp loại chi bộ đã thống nhất, phiếu đã tính trong kết quả các cuộc bình chọn và đợt đề nghị biểu dương đã kết thúc;
    • lời đồng ý và rút lại đồng ý, làm bằng chứng.
    Gửi yêu cầu cũng là rút lại đồng ý: chibo không nhắn nhắc việc riêng cho đồng chí nữa. chibo không tự xóa gì: yêu cầu được chuyển cho bí thư, bí thư xóa những gì được xóa. Gửi yêu cầu?
dulieu-choice-erase-yes = ✅ Gửi yêu cầu xóa
dulieu-erase-only-secretary = Đồng chí là bí thư duy nhất của chi bộ nên chưa xin xóa dữ liệu được: không còn ai thực hiện yêu cầu. Chi bộ cần có một bí thư khác trước (/thanhvien). Chưa ghi nhận gì.
dulieu-erase-notice = Đồng chí { $name } xin xóa dữ liệu của mình. Đồng chí ấy đã rút lại đồng ý cho chibo lưu dữ liệu. chibo không tự xóa gì: xin chọn «Xóa dữ liệu của đồng chí { $name }» để xem những gì sẽ xóa và những gì chi bộ giữ, rồi xác nhận (gõ /dulieu để tìm lại yêu cầu này).
dulieu-choice-erase-member = 🗑 Xóa dữ liệu của đồng chí { $name }
dulieu-erase-waiting = <b>Yêu cầu xóa dữ liệu đang chờ đồng chí thực hiện:</b> { $names }.
dulieu-erase-sent = Đã chuyển yêu cầu xóa cho bí thư trong chat riêng, và ghi nhận đồng chí rút lại đồng ý: chibo không nhắn nhắc việc riêng cho đồng chí nữa. Bí thư xóa những gì luật cho xóa, chibo báo lại đồng chí; điểm danh trong biên bản các buổi đã họp và mức xếp loại đã thống nhất chi bộ giữ, không kèm tên.
dulieu-erase-unreached = Đã ghi nhận đồng chí rút lại đồng ý: chibo không nhắn nhắc việc riêng cho đồng chí nữa. Nhưng chibo chưa nhắn riêng được cho bí thư hoặc phó bí thư nên yêu cầu xóa chưa được chuyển: xin báo trực tiếp bí thư, rồi gửi lại yêu cầu (/dulieu, «Xin xóa»).
# What an erased entry is called in the roster and the minutes; { $id } tells two apart.
dulieu-erased-name = Đảng viên (đã xóa dữ liệu) #{ $id }
dulieu-erase-confirm =
    <b>Xóa dữ liệu của đồng chí { $name }</b>
    Theo yêu cầu của đồng chí ấy, chibo xóa những gì luật cho xóa và giữ, không kèm tên, những gì biên bản và sổ sách của chi bộ phải giữ. Đã xóa thì không khôi phục được.
dulieu-choice-erase-confirm = ✅ Xác nhận xóa dữ liệu của đồng chí { $name }
dulieu-erase-gone-will = <b>Sẽ xóa:</b>
dulieu-erase-gone-done = <b>Đã xóa:</b>
dulieu-erase-kept = <b>Chi bộ giữ</b>, dưới tên «{ $name }», không còn trong danh sách sinh hoạt của chi bộ:
dulieu-erase-line-accounts = • { $count } tài khoản chat, cùng hội thoại đang dở và danh sách chọn trong chat riêng
dulieu-erase-line-plans = • { $count } bản đăng ký kế hoạch cá nhân và { $revisions } lần lưu
dulieu-erase-line-progress = • { $count } lần báo tiến độ
dulieu-erase-line-results = • { $count } báo cáo kết quả cuối năm (nội dung và mức tự nhận)
dulieu-erase-line-answers = • { $count } lời báo tham dự hoặc vắng, điểm danh của các buổi họp chưa kết thúc
dulieu-erase-line-votes = • { $count } phiếu ở các cuộc bình chọn ghi tên và đợt đề nghị biểu dương chưa kết thúc
dulieu-erase-line-nominations = • { $count } đề nghị biểu dương trong đợt chưa chốt
dulieu-erase-line-messages = • { $count } tin nhắn riêng chibo đã gửi hoặc đang chờ gửi
dulieu-erase-line-nothing = • không có gì ngoài tên trong danh sách chi bộ
dulieu-erase-line-minutes = • biên bản { $count } buổi họp đã kết thúc: điểm danh ({ $marks } lần) và lý do vắng
dulieu-erase-line-levels = • { $count } mức xếp loại chi bộ đã thống nhất
dulieu-erase-line-counted-votes = • { $count } phiếu đã tính trong kết quả các cuộc bình chọn và đợt đề nghị biểu dương đã kết thúc, không còn gắn với tên
dulieu-erase-line-consents = • { $count } lần trả lời về việc đồng ý cho chibo lưu dữ liệu: luật yêu cầu giữ làm bằng chứng
dulieu-erased-member =
    <b>Dữ liệu của đồng chí đã được xóa</b>
    Chi bộ đã thực hiện yêu cầu xóa dữ liệu của đồng chí.
dulieu-erased-member-last = Các tài khoản chat của đồng chí đã được gỡ khỏi chibo: đây là tin nhắn cuối cùng chibo gửi đồng chí.
dulieu-erased = <b>Đã xóa dữ liệu của đồng chí { $name }</b> theo yêu cầu của đồng chí ấy.
dulieu-erased-told = chibo đã nhắn riêng cho đồng chí ấy danh sách này, trước khi gỡ tài khoản chat.
dulieu-erased-untold = chibo không nhắn riêng được cho đồng chí ấy: xin báo trực tiếp.
dulieu-erase-refused-not-secretary = Chỉ bí thư (hoặc phó bí thư khi chi bộ chưa có bí thư) thực hiện yêu cầu xóa dữ liệu. Không có gì thay đổi.
dulieu-erase-refused-stale = Lựa chọn này đã cũ hoặc không thuộc chi bộ của đồng chí. Không có gì thay đổi.
dulieu-erase-refused-already = Dữ liệu của đảng viên này đã được xóa trước đây. Không có gì thay đổi.
dulieu-erase-refused-only-secretary = Đồng chí là bí thư duy nhất của chi bộ nên chưa xóa được dữ liệu của chính mình: không còn ai nhận các yêu cầu của chi bộ. Chi bộ cần có một bí thư khác trước (/thanhvien). Không có gì thay đổi.
dulieu-erase-refused-self = Yêu cầu xóa dữ liệu của chính đồng chí phải do một bí thư khác thực hiện. Không có gì thay đổi.
dulieu-erase-refused-not-requested = Đồng chí { $name } không có yêu cầu xóa dữ liệu nào đang chờ: chưa xin, hoặc đã đồng ý lại cho chibo lưu dữ liệu sau đó. Không có gì thay đổi.
dulieu-erase-refused-meeting-open = Chi bộ đang có buổi họp chưa kết thúc (bắt đầu { $day }): danh sách trong biên bản chỉ chốt khi buổi họp kết thúc. Xin xóa sau khi kết thúc buổi họp. Không có gì thay đổi.
