# Consent at join (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): asked before a name goes on the
# roster. When consent-terms changes, bump CONSENT_TEXT_VERSION in commands/consent-text.ts.
consent-terms =
    • <b>chibo giữ:</b> họ tên, vai trò trong chi bộ, tài khoản chat; kế hoạch cá nhân và tiến độ; kết quả, mức xếp loại; điểm danh và lý do vắng.
    • <b>Ai xem:</b> chính đồng chí; bí thư, phó bí thư và chi ủy. Nhóm chi bộ thấy tên, điểm danh và phiếu bình chọn công khai, không thấy kế hoạch hay lý do vắng. Đảng ủy cấp trên chỉ thấy số đếm. Người quản lý máy chủ chibo đọc được tất cả.
    • <b>Bao lâu:</b> trong thời gian đồng chí sinh hoạt ở chi bộ; khi chuyển đi, chibo vẫn giữ cùng biên bản, sổ sách của chi bộ, trừ khi đồng chí xin xóa.
    • <b>Quyền của đồng chí:</b> gõ /dulieu để xem, tải về dữ liệu của mình hoặc rút lại đồng ý.
    (Nội dung phiên bản { $version }.)
consent-ask = <b>Đồng chí { $name }</b>, trước khi ghi tên vào danh sách { $cell }, chibo xin đồng chí đồng ý cho chibo lưu dữ liệu của mình:
consent-ask-close = Chỉ khi đồng chí chọn "Đồng ý", tên mới được ghi vào danh sách.
consent-ask-close-typed = Xin trả lời "đồng ý" hoặc "không đồng ý". Chỉ khi đồng chí đồng ý, tên mới được ghi vào danh sách.
consent-choice-yes = ✅ Đồng ý
consent-choice-no = Không đồng ý
consent-asked-in-private = { $name }: chibo đã nhắn riêng cho đồng chí. Xin đọc và trả lời ở đó, rồi tên mới được ghi vào danh sách.
consent-refused = Chưa ghi tên { $name } vào danh sách: chibo chỉ ghi khi đồng chí đồng ý. Khi nào đồng ý, gõ lại /thamgia { $name } trong nhóm.
consent-not-yours = Câu hỏi này dành cho người đã gõ /thamgia, hoặc đã được trả lời. Không có gì thay đổi.
consent-typed-unclear = Xin trả lời "đồng ý" hoặc "không đồng ý".
consent-khoitao = Đồng chí khởi tạo chi bộ nên chibo ghi nhận đồng chí đồng ý cho chibo lưu dữ liệu của mình như trong tin sau. Đồng chí rút lại được bằng /dulieu, sau khi đã giao vai trò bí thư cho đồng chí khác.
consent-paper-ask = Thêm <b>{ $name }</b>? chibo chỉ ghi tên khi người đó đã đồng ý (ký trên giấy) với nội dung dưới đây:
consent-paper-choice-yes = ✅ Đã đồng ý trên giấy, thêm
consent-paper-choice-no = Chưa, không thêm
consent-paper-not-added = Chưa thêm { $name }. Khi người đó đã đồng ý trên giấy, gõ lại /thanhvien them.
consent-import-ask = Lưu { $count } người mới? Chỉ chọn lưu khi họ đã đồng ý trên giấy cho chibo lưu dữ liệu (nội dung /thamgia hỏi, phiên bản { $version }).
# /duyet: an entry whose latest answer is not a consent given (made before consent was asked,
# or withdrawn since) is not approved.
consent-duyet-missing = Chưa duyệt { $name }: chibo chưa có sự đồng ý của người này (hoặc người này đã rút lại) cho chibo lưu dữ liệu, nên chưa ghi tên vào danh sách được. Xin từ chối yêu cầu này rồi nhờ người đó gõ lại /thamgia { $name } trong nhóm: chibo sẽ hỏi, và ghi tên khi người đó đồng ý.
consent-duyet-missing-all = Chưa duyệt { $count } người vì chibo chưa có sự đồng ý của họ (hoặc họ đã rút lại) cho lưu dữ liệu: { $names }. Xin từ chối các yêu cầu này rồi nhờ từng người gõ lại /thamgia trong nhóm: chibo sẽ hỏi, và ghi tên khi người đó đồng ý.
# Members on the roster from before consent was asked (no answer stored): the consent-ask job
# asks them once in private, /dongy shows the text and takes the answer.
help-dongy = đọc và trả lời câu hỏi đồng ý cho chibo lưu dữ liệu của mình
consent-ask-older = <b>Đồng chí { $name }</b>, đồng chí có tên trong danh sách { $cell } từ trước khi chibo hỏi ý kiến về dữ liệu cá nhân. Theo Luật Bảo vệ dữ liệu cá nhân, chibo cần đồng chí đồng ý thì mới tiếp tục lưu dữ liệu của đồng chí. Xin gõ /dongy để đọc chibo giữ gì, ai xem, giữ bao lâu, rồi trả lời.
consent-ask-managers = chibo đã nhắn riêng cho { $count } đồng chí có tên trong danh sách từ trước khi chibo hỏi ý kiến, xin các đồng chí ấy đồng ý cho chibo lưu dữ liệu.
consent-ask-managers-unreachable = Còn { $count } đồng chí chưa mở chat riêng với chibo nên chibo chưa hỏi được: xin nhắc các đồng chí ấy nhắn riêng cho chibo /dongy.
consent-ask-managers-close = Gõ /dongy để xem ai chưa trả lời.
dongy-ask = <b>Đồng chí { $name }</b>, chibo xin đồng chí đồng ý cho chibo lưu dữ liệu của đồng chí trong danh sách { $cell }:
dongy-ask-close = Nếu đồng chí không đồng ý, tên đồng chí vẫn ở trong danh sách đến khi bí thư quyết định, và chibo không nhắn việc riêng cho đồng chí nữa.
dongy-ask-close-typed = Xin trả lời "đồng ý" hoặc "không đồng ý". Nếu đồng chí không đồng ý, tên đồng chí vẫn ở trong danh sách đến khi bí thư quyết định, và chibo không nhắn việc riêng cho đồng chí nữa.
dongy-given = Đã ghi nhận đồng chí đồng ý cho chibo lưu dữ liệu (nội dung phiên bản { $version }). Đồng chí xem, tải về hoặc rút lại bằng /dulieu.
dongy-given-notice = Đồng chí { $name } nay đã đồng ý cho chibo lưu dữ liệu: chibo lại nhắn việc riêng cho đồng chí { $name } như mọi người.
dongy-refused = Đã ghi nhận đồng chí không đồng ý. Từ nay chibo không nhắn việc riêng cho đồng chí. Tên đồng chí vẫn ở trong danh sách chi bộ; chibo đã báo bí thư, phó bí thư để quyết định. Khi nào đồng ý, gõ /dongy.
dongy-refused-unreached = Đã ghi nhận đồng chí không đồng ý. Từ nay chibo không nhắn việc riêng cho đồng chí. Tên đồng chí vẫn ở trong danh sách chi bộ; chibo chưa nhắn riêng được cho bí thư, phó bí thư: xin báo trực tiếp bí thư để quyết định. Khi nào đồng ý, gõ /dongy.
dongy-refused-notice = Đồng chí { $name } không đồng ý cho chibo lưu dữ liệu (chibo hỏi những đồng chí có tên trong danh sách từ trước khi chibo hỏi ý kiến). Tên vẫn ở trong danh sách; từ nay chibo không nhắn việc riêng cho đồng chí { $name }. Xin đồng chí quyết định giữ, chuyển đi hay đưa ra khỏi danh sách (/thanhvien).
dongy-already-given = Đồng chí đã đồng ý cho chibo lưu dữ liệu ngày { $day } (nội dung phiên bản { $version }). Xem, tải về hoặc rút lại: /dulieu.
dongy-given-use-dulieu = Đồng chí đã đồng ý cho chibo lưu dữ liệu ngày { $day } (nội dung phiên bản { $version }). Muốn rút lại, gõ /dulieu rồi chọn "Rút lại đồng ý". Không có gì thay đổi.
dongy-no-already = Đồng chí đã trả lời không đồng ý, hoặc đã rút lại đồng ý, từ trước. Không có gì thay đổi.
dongy-only-secretary = Đồng chí là bí thư duy nhất của chi bộ: nếu đồng chí không đồng ý, không còn ai xử lý danh sách. Xin giao vai trò bí thư cho đồng chí khác trước (/thanhvien), rồi gõ lại /dongy. Không có gì thay đổi.
dongy-overview-head = Đồng ý cho chibo lưu dữ liệu, trong danh sách { $cell }:
dongy-overview-all-given = • Mọi đồng chí trong danh sách đã đồng ý.
dongy-overview-unanswered = • Chưa trả lời ({ $count }): { $names }.
dongy-overview-unreachable = Chưa trả lời, và chưa mở chat riêng với chibo nên chibo không hỏi được ({ $count }): { $names }. Xin nhắc các đồng chí ấy nhắn riêng cho chibo /dongy.
dongy-overview-refused = • Không đồng ý ({ $count }): { $names }.
dongy-overview-withdrawn = • Đã rút lại đồng ý ({ $count }): { $names }.
dongy-overview-decide = Tên những đồng chí không đồng ý hoặc đã rút lại vẫn ở trong danh sách, và chibo không nhắn việc riêng cho họ. Xin đồng chí quyết định giữ, chuyển đi hay đưa ra khỏi danh sách (/thanhvien).
