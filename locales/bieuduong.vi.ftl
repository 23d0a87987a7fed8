help-bieuduong = đề nghị biểu dương

bieuduong-round-midterm = đợt sơ kết giữa năm
bieuduong-round-year-end = đợt tổng kết cuối năm
bieuduong-kind-individual = cá nhân
bieuduong-kind-collective = tập thể

bieuduong-outside = Hiện chưa phải thời gian đề nghị biểu dương. Theo kế hoạch: đợt sơ kết giữa năm từ { $midOpens } đến { $midCloses }; đợt tổng kết cuối năm từ { $endOpens } đến { $endCloses }.
bieuduong-none-open = Chi bộ chưa mở đợt đề nghị biểu dương nào. Theo kế hoạch: đợt sơ kết giữa năm từ { $midOpens } đến { $midCloses }; đợt tổng kết cuối năm từ { $endOpens } đến { $endCloses }.
bieuduong-group-none = Chi bộ chưa mở đợt đề nghị biểu dương nào. Theo kế hoạch: đợt sơ kết giữa năm từ { $midOpens } đến { $midCloses }; đợt tổng kết cuối năm từ { $endOpens } đến { $endCloses }.
bieuduong-dates = Theo kế hoạch: đợt sơ kết giữa năm từ { $midOpens } đến { $midCloses }; đợt tổng kết cuối năm từ { $endOpens } đến { $endCloses }.
bieuduong-not-opened = Đã đến { $round } ({ $opens } – { $closes }) nhưng chi bộ chưa mở nhận đề nghị biểu dương. Khi bí thư mở, chibo sẽ báo trong nhóm chi bộ.
bieuduong-may-open =
    <b>Đề nghị biểu dương — { $round }</b>
    Theo kế hoạch: nhận đề nghị từ { $opens } đến { $closes }; chi bộ đề nghị tối đa { $individuals } cá nhân và { $collectives } tập thể.
    Mở đợt này? chibo sẽ báo trong nhóm chi bộ để các đồng chí đề nghị trong chat riêng.
bieuduong-choice-open = 📣 Mở đợt đề nghị biểu dương
bieuduong-already-opened = Chi bộ đã mở nhận đề nghị biểu dương { $round } rồi. Gõ /bieuduong để xem.
bieuduong-opened = Đã mở nhận đề nghị biểu dương { $round }; chibo đã báo trong nhóm chi bộ.
bieuduong-announce =
    📣 <b>Đề nghị biểu dương — { $round }</b>
    Chi bộ nhận đề nghị biểu dương đảng viên và tập thể tiêu biểu đến hết ngày { $closes } (tối đa { $individuals } cá nhân, { $collectives } tập thể).
    Các đồng chí đề nghị trong chat riêng với chibo; trong nhóm chỉ báo số lượng đề nghị.

bieuduong-menu-proposing =
    <b>Đề nghị biểu dương — { $round }</b>
    Nhận đề nghị đến hết ngày { $closes }. Đã có { $count } đề nghị.
    Chi bộ đề nghị tối đa { $individuals } cá nhân và { $collectives } tập thể. Đồng chí đề nghị biểu dương ai?
bieuduong-menu-voting =
    <b>Đề nghị biểu dương — { $round }</b>
    Chi bộ đang bình xét { $count } đề nghị. Mỗi đồng chí ủng hộ tối đa { $individuals } cá nhân và { $collectives } tập thể.
bieuduong-choice-person = 👤 Một đảng viên của chi bộ
bieuduong-choice-collective = 👥 Một tập thể
bieuduong-choice-list = 📋 Danh sách đề nghị ({ $count })
bieuduong-choice-voting = 🗳 Kết thúc nhận đề nghị, chuyển sang bình xét
bieuduong-choice-ballot = 🗳 Xem và ủng hộ
bieuduong-choice-review = ✅ Chốt danh sách đề nghị
bieuduong-choice-member = { $name }
bieuduong-choice-cancel = ✖ Hủy
bieuduong-choice-menu = ↩ Quay lại

bieuduong-ask-person = Chọn đồng chí được đề nghị { $page }, hoặc gõ họ tên (có dấu hay không dấu đều được).
bieuduong-ask-person-none-left = Các đồng chí khác trong chi bộ đều đã được đề nghị. Khi chi bộ bình xét, đồng chí có thể ủng hộ các đề nghị đó.
bieuduong-person-empty = Xin gõ họ tên đồng chí được đề nghị.
bieuduong-not-in-cell = Không có đồng chí «{ $name }» trong danh sách chi bộ. Chỉ đề nghị được đảng viên của chi bộ mình. Xin gõ lại tên, hoặc gõ /huy để hủy.
bieuduong-which = Có { $count } đồng chí tên «{ $name }». Đồng chí đề nghị đồng chí nào?
bieuduong-problem-self = Đồng chí không tự đề nghị biểu dương mình được. Xin chọn một đồng chí khác.
bieuduong-problem-other-cell = Đồng chí này không có trong danh sách chi bộ. Chỉ đề nghị được đảng viên của chi bộ mình.
bieuduong-problem-twice = Đồng chí { $name } đã được đề nghị trong đợt này rồi. Khi chi bộ bình xét, đồng chí có thể ủng hộ đề nghị đó.
bieuduong-problem-none-allowed = Đợt này cấp ủy không xét biểu dương cá nhân.
bieuduong-none-allowed-individual = Đợt này cấp ủy không xét biểu dương cá nhân.
bieuduong-none-allowed-collective = Đợt này cấp ủy không xét biểu dương tập thể.

bieuduong-ask-collective = Xin gõ tên tập thể được đề nghị (ví dụ: Tổ dân phố 5), tối đa { $max } ký tự.
bieuduong-collective-empty = Chưa thấy tên tập thể. Xin gõ tên, ví dụ: Tổ dân phố 5.
bieuduong-collective-no-words = Tên tập thể cần có chữ, ví dụ: Tổ dân phố 5.
bieuduong-collective-too-long = Tên này dài { $length } ký tự; xin gõ gọn trong { $max } ký tự. Chưa lưu gì.
bieuduong-collective-twice = Tập thể «{ $name }» đã được đề nghị trong đợt này rồi. Khi chi bộ bình xét, đồng chí có thể ủng hộ đề nghị đó.

bieuduong-ask-reason =
    Đề nghị biểu dương: <b>{ $name }</b>.
    Xin gõ ngắn gọn thành tích, lý do đề nghị (tối đa { $max } ký tự). Chỉ bí thư và chi ủy xem được lý do.
bieuduong-reason-empty = Chưa thấy lý do. Xin gõ ngắn gọn thành tích của người hoặc tập thể được đề nghị.
bieuduong-reason-no-words = Lý do cần viết bằng chữ. Xin gõ ngắn gọn thành tích của người hoặc tập thể được đề nghị.
bieuduong-reason-too-long = Lý do dài { $length } ký tự; xin viết gọn trong { $max } ký tự. Chưa lưu gì.
bieuduong-proposed = ✅ Đã ghi đề nghị biểu dương { $name }. Chi bộ nhận đề nghị đến hết ngày { $closes }; gõ /bieuduong để đề nghị thêm.

bieuduong-list =
    <b>Danh sách đề nghị — { $round }</b> { $page }
    { $count } đề nghị (không ghi người đề nghị):
bieuduong-entry =
    • <b>{ $name }</b> ({ $kind }) — { $votes } ủng hộ
    Lý do: { $reason }
bieuduong-list-empty = Chưa có đề nghị nào trong đợt này.

bieuduong-voting-ask = Kết thúc nhận đề nghị { $round } và chuyển { $count } đề nghị sang bình xét? Sau đó không nhận thêm đề nghị; các đồng chí ủng hộ trong chat riêng.
bieuduong-choice-voting-yes = 🗳 Chuyển sang bình xét
bieuduong-voting-announce =
    🗳 <b>Bình xét đề nghị biểu dương — { $round }</b>
    Chi bộ có { $count } đề nghị. Mỗi đồng chí ủng hộ tối đa { $individuals } cá nhân và { $collectives } tập thể, trong chat riêng với chibo.
bieuduong-voting-started = Đã chuyển sang bình xét; chibo đã báo trong nhóm chi bộ.
bieuduong-proposals-ended = Chi bộ đã kết thúc nhận đề nghị biểu dương { $round }. Gõ /bieuduong để xem.
bieuduong-not-voting = Chi bộ chưa bình xét đề nghị biểu dương { $round }. Gõ /bieuduong để xem.
bieuduong-proposals-closed = Đã hết hạn nhận đề nghị { $round } (ngày { $closes }). Xin liên hệ bí thư chi bộ.

bieuduong-ballot =
    <b>Bình xét — { $round }</b> { $page }
    Đồng chí ủng hộ tối đa { $individuals } cá nhân và { $collectives } tập thể; đã ủng hộ { $mineIndividuals } cá nhân, { $mineCollectives } tập thể. Chọn một dòng để ủng hộ; chọn lại để rút ủng hộ.
bieuduong-choice-support = ⬜ { $name } ({ $kind })
bieuduong-choice-supported = ☑️ { $name } ({ $kind })
bieuduong-vote-self = Đồng chí không tự ủng hộ đề nghị biểu dương chính mình được.
bieuduong-vote-limit = Đồng chí đã ủng hộ đủ { $max } { $kind }. Muốn ủng hộ đề nghị này, xin rút ủng hộ một đề nghị khác trước.

bieuduong-review =
    <b>Chốt danh sách — { $round }</b> { $page }
    Cấp ủy cho đề nghị tối đa { $individuals } cá nhân và { $collectives } tập thể. Chọn những đề nghị chi bộ đã thống nhất, rồi chọn «Xác nhận danh sách».
bieuduong-choice-picked = ☑️ { $name } — { $votes } ủng hộ
bieuduong-choice-unpicked = ⬜ { $name } — { $votes } ủng hộ
bieuduong-choice-confirm = 💾 Xác nhận danh sách ({ $chosenIndividuals } cá nhân, { $chosenCollectives } tập thể)
bieuduong-confirm-limit = Cấp ủy cho đề nghị tối đa { $max } { $kind }. Muốn chọn đề nghị này, xin gỡ một đề nghị khác trước. Chưa lưu gì.
bieuduong-confirm-empty = Chưa chọn đề nghị nào. Xin chọn những đề nghị chi bộ đã thống nhất trước khi xác nhận.
bieuduong-confirmed-saved = ✅ Đã xác nhận danh sách đề nghị biểu dương { $round }: { $individuals } cá nhân, { $collectives } tập thể. Lập «Danh sách đề nghị biểu dương» gửi cấp ủy cấp trên bằng /xuatbaocao.
bieuduong-confirmed-line = • { $name } ({ $kind })
bieuduong-confirmed-announce = ✅ Chi bộ đã xác nhận danh sách đề nghị biểu dương { $round }: { $individuals } cá nhân, { $collectives } tập thể.
bieuduong-confirmed-summary = Chi bộ đã xác nhận danh sách đề nghị biểu dương { $round }: { $individuals } cá nhân, { $collectives } tập thể.
bieuduong-group-confirmed = Chi bộ đã xác nhận danh sách đề nghị biểu dương { $round }: { $individuals } cá nhân, { $collectives } tập thể.
bieuduong-group-proposing = 📣 Chi bộ đang nhận đề nghị biểu dương ({ $round }) đến hết ngày { $closes }: đã có { $count } đề nghị. Các đồng chí đề nghị trong chat riêng với chibo.
bieuduong-group-voting = 🗳 Chi bộ đang bình xét { $count } đề nghị biểu dương ({ $round }). Các đồng chí ủng hộ trong chat riêng với chibo.

bieuduong-already-confirmed = Chi bộ đã xác nhận danh sách đề nghị biểu dương { $round } rồi. Gõ /bieuduong để xem.
bieuduong-committee-only = Chỉ bí thư, phó bí thư và chi ủy viên mới làm được việc này.
bieuduong-manager-only = Chỉ bí thư và phó bí thư mới chốt được danh sách đề nghị.
bieuduong-use-choices = Xin chọn trong danh sách dưới đây; gõ /huy để hủy.
bieuduong-cancelled = Đã hủy, chưa lưu gì.
bieuduong-restart = Phần đang làm dở đã để quá lâu. Xin gõ /bieuduong để bắt đầu lại.

bieuduong-job-opens = 📣 Từ hôm nay đến hết ngày { $closes } là thời gian đề nghị biểu dương { $round }. Xin đồng chí gõ /bieuduong để mở nhận đề nghị; chibo sẽ báo trong nhóm chi bộ.
bieuduong-job-closes = Hôm nay ({ $closes }) là hạn chốt danh sách đề nghị biểu dương { $round }. Xin đồng chí gõ /bieuduong để chuyển sang bình xét (nếu chưa) và xác nhận danh sách.
