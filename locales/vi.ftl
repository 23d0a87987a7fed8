## Chung

unknown-command = Không có lệnh /{ $command }. Gõ /help để xem các lệnh dùng được ở đây.
choice-expired = Lựa chọn này đã cũ, không còn dùng được. Gõ /help để bắt đầu lại.
refuse-anonymous = chibo chỉ trả lời từng người, nên không đọc tin gửi ẩn danh hoặc nhân danh nhóm, kênh. Xin đồng chí gửi bằng tên mình (quản trị viên: trong quyền quản trị của mình, tắt mục "Ẩn danh") rồi gõ lại.
edited-ignored = chibo không đọc tin nhắn đã sửa, nên chưa thay đổi gì. Xin đồng chí gửi lại thành một tin nhắn mới.
unsupported-message = chibo chỉ đọc được tin nhắn chữ (chưa nghe được tin nhắn thoại, chưa xem được ảnh). Xin đồng chí gõ bằng chữ; gõ /help để xem các lệnh.
text-without-dialog = chibo chưa hiểu tin nhắn này. Gõ /help để xem đồng chí có thể làm gì.
phrase-suggest = Có phải đồng chí muốn dùng lệnh /{ $command } ({ $description })?
phrase-suggest-typed = Có phải đồng chí muốn dùng lệnh /{ $command } ({ $description })? Gõ /{ $command } để bắt đầu.
phrase-suggest-choice = Bắt đầu /{ $command }
greeting = Chào đồng chí { $name }!
error-storage = Xin lỗi, chibo tạm thời không lưu được gì (máy chủ hết chỗ trống). Chưa có gì bị thay đổi; xin đồng chí gửi lại sau ít phút.
db-cannot-write = chibo không ghi được vào cơ sở dữ liệu: ổ đĩa đã đầy hoặc bị lỗi đọc ghi. Dữ liệu đã lưu không mất. Giải phóng chỗ trống trên ổ đĩa (hoặc sửa lỗi ổ đĩa) rồi khởi động lại chibo.
error-internal = Xin lỗi, chibo gặp sự cố khi xử lý yêu cầu này. Chưa có gì bị thay đổi; đồng chí thử lại sau ít phút.
go-private = Việc này làm trong chat riêng với chibo, để nội dung cá nhân không hiện trong nhóm.
go-private--buttons = Việc này làm trong chat riêng với chibo, để nội dung cá nhân không hiện trong nhóm. Mời đồng chí bấm nút dưới đây, rồi bấm Bắt đầu (Start). Lệnh: /{ $command }
go-private-button = Tiếp tục trong chat riêng
choices-hint = Trả lời bằng một số: { $numbers }.
numbered-choice = {"  "}{ $number }. { $label }
page-mark = (trang { $page }/{ $pages })
page-choice-next = ➡️ Xem tiếp (trang { $page }/{ $pages })
page-choice-first = ⏮ Về trang đầu
numbered-only = Chỉ có số 1 đến { $max }. Xin trả lời bằng một số trong danh sách:
numbered-one-at-a-time = Xin trả lời mỗi lần một số. Chỉ có số 1 đến { $max }:
numbered-no-list = Ở đây không có danh sách nào đang chờ trả lời bằng số (danh sách đã cũ, hoặc ở chat khác). Gõ /help để xem đồng chí có thể làm gì.
numbered-out-of-range-private = Trong nhóm { $group }, chỉ có số 1 đến { $max }. Số vừa gõ chưa được ghi; xin gõ lại trong nhóm.
numbered-out-of-range-group = Chỉ có số 1 đến { $max }. Số vừa gõ chưa được ghi; xin gõ lại.
quarter = Quý { $quarter }/{ $year }
setting-on = Bật
setting-off = Tắt

## Từ chối

refuse-group-only = Lệnh này dùng trong nhóm của chi bộ.
refuse-group-admin-only = Chỉ quản trị viên của nhóm mới khởi tạo được chi bộ.
refuse-group-not-linked = Nhóm này chưa gắn với chi bộ nào. Quản trị viên nhóm gõ /khoitao Tên chi bộ để bắt đầu.
refuse-not-member-group = Đồng chí chưa có trong danh sách chi bộ. Gõ /thamgia Họ và tên, ví dụ: /thamgia Nguyễn Văn An
refuse-not-member-private = Đồng chí chưa có trong danh sách chi bộ nào. Vào nhóm Telegram/Zalo của chi bộ và gõ /thamgia Họ và tên.
refuse-other-cell = Đồng chí đang thuộc một chi bộ khác, không phải chi bộ của nhóm này.
refuse-pending = Yêu cầu tham gia của đồng chí đang chờ bí thư duyệt.
refuse-committee-only = Chỉ bí thư, phó bí thư và chi ủy viên xem được báo cáo này.
refuse-manager-only = Chỉ bí thư và phó bí thư dùng được lệnh này.

## /start, /help

start-welcome = Xin chào { $name }! Tôi là <b>chibo</b>, trợ lý của chi bộ cho việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
help-header = <b>Các lệnh đồng chí hay dùng:</b>
help-line = /{ $command } — { $description }
help-more = Gõ /help tatca để xem mọi lệnh.
help-all-header = <b>Mọi lệnh dùng được ở đây</b> { $page }
help-start = bắt đầu
help-help = xem các lệnh và việc cần làm tiếp
help-khoitao = gắn nhóm này với một chi bộ mới (quản trị viên nhóm)
help-thamgia = vào danh sách chi bộ: /thamgia Họ và tên
help-chuyende = chuyên đề năm và chủ điểm quý này
help-dangky = đăng ký kế hoạch học tập và làm theo của mình
help-camket = xem bản đăng ký của mình
help-huy = hủy việc đang làm dở
help-baocao = ai đã đăng ký, ai chưa
help-duyet = duyệt người xin vào chi bộ
help-thanhvien = danh sách, vai trò và tình trạng đảng viên
help-caidat = cài đặt của chi bộ
help-next-link-group = Việc đầu tiên: quản trị viên nhóm gõ /khoitao Tên chi bộ.
help-next-join = Việc tiếp theo: gõ /thamgia Họ và tên để vào danh sách chi bộ.
help-next-register-private = Đăng ký kế hoạch cá nhân: gõ /dangky, chibo sẽ mời đồng chí sang chat riêng.
help-next-find-group = Đồng chí chưa có trong chi bộ nào: vào nhóm của chi bộ và gõ /thamgia Họ và tên.
help-next-wait-approval = Yêu cầu tham gia của đồng chí đang chờ bí thư duyệt.
help-next-approve = Có người đang chờ duyệt vào chi bộ: gõ /duyet.
help-next-meeting = Việc tiếp theo: chi bộ sắp họp mà đồng chí chưa báo tham dự hay vắng. Gõ /lichhop để báo.
help-next-register = Gõ /dangky để đăng ký hoặc sửa kế hoạch cá nhân, /camket để xem lại.
help-privacy-mode = Trong nhóm Telegram này, chibo chỉ nhận được tin bắt đầu bằng dấu / (như /dangky) và tin trả lời tin của chibo; chữ gõ thường không có dấu / thì chibo không thấy.

## /khoitao

khoitao-already = Nhóm này đã gắn với <b>{ $cell }</b> (mã { $code }). Không cần khởi tạo lại.
khoitao-member-elsewhere = Đồng chí đang ở trong danh sách một chi bộ khác, nên không khởi tạo thêm chi bộ được.
khoitao-relinked = chibo đã trở lại nhóm. Nhóm vẫn gắn với <b>{ $cell }</b> (mã { $code }), mọi dữ liệu còn nguyên.
khoitao-bad-name = Tên chi bộ chưa hợp lệ. Gõ ví dụ: /khoitao Chi bộ Khu phố 3
khoitao-code-use-caidat = Nhóm này đã gắn với <b>{ $cell }</b>. Để gắn chi bộ với cấp ủy cấp trên, bí thư nhắn riêng cho chibo /caidat, chọn «Cấp ủy cấp trên» rồi gõ mã.
khoitao-bad-code = Mã cấp ủy cấp trên không đúng hoặc đã hết hạn (mỗi mã chỉ dùng được một lần), nên chưa tạo chi bộ. Xin kiểm tra lại mã, hoặc gõ /khoitao Tên chi bộ (không kèm mã) rồi gắn cấp ủy sau trong /caidat.
khoitao-committee = Chi bộ thuộc <b>{ $committee }</b>: kế hoạch năm và bản tổng hợp theo { $committee }.
khoitao-done =
    Đã tạo <b>{ $cell }</b> (mã chi bộ: { $code }, dùng khi báo cáo lên cấp trên). Đồng chí <b>{ $name }</b> là bí thư.
    Các đồng chí trong nhóm gõ /thamgia Họ và tên để vào danh sách chi bộ.
    Nếu tên của bí thư chưa đúng họ tên đầy đủ, gõ /thamgia Họ và tên để sửa.
    Yêu cầu tham gia sẽ được gửi tới chat riêng của bí thư với chibo.
khoitao-done--buttons =
    Đã tạo <b>{ $cell }</b> (mã chi bộ: { $code }, dùng khi báo cáo lên cấp trên). Đồng chí <b>{ $name }</b> là bí thư.
    Các đồng chí trong nhóm gõ /thamgia Họ và tên để vào danh sách chi bộ.
    Nếu tên của bí thư chưa đúng họ tên đầy đủ, gõ /thamgia Họ và tên để sửa.
    Bí thư bấm nút dưới đây để mở chat riêng với chibo: yêu cầu tham gia sẽ được gửi tới đó.
open-private-button = Mở chat riêng với chibo

## /thamgia

thamgia-usage = Gõ /thamgia kèm họ và tên đầy đủ, ví dụ: /thamgia Nguyễn Văn An
thamgia-name-empty = Chưa thấy họ tên. Gõ ví dụ: /thamgia Nguyễn Văn An
thamgia-name-too-long = Họ tên dài quá 80 ký tự. Xin gõ lại họ và tên đầy đủ, ngắn gọn.
thamgia-name-characters = Họ tên chỉ gồm chữ cái và dấu cách. Gõ ví dụ: /thamgia Nguyễn Văn An
thamgia-name-one-word = Xin gõ đủ họ và tên (ít nhất hai chữ), để bí thư biết là đồng chí nào. Ví dụ: /thamgia Nguyễn Văn An
thamgia-still-pending = Yêu cầu của đồng chí { $name } đang chờ bí thư duyệt.
thamgia-already = Đồng chí { $name } đã có trong danh sách chi bộ.
thamgia-renamed = Đã sửa họ tên từ { $old } thành <b>{ $name }</b>.
thamgia-renamed-notice = Trong danh sách chi bộ, { $old } đã tự sửa họ tên thành <b>{ $name }</b>. Nếu không đúng, xem /thanhvien.
thamgia-welcome = Chào mừng đồng chí <b>{ $name }</b> vào danh sách { $cell }. Gõ /dangky để đăng ký kế hoạch cá nhân.
thamgia-pending = Đã nhận yêu cầu của đồng chí <b>{ $name }</b>. Bí thư { $cell } sẽ duyệt; chibo sẽ báo khi xong.
thamgia-namesake = Trong danh sách chi bộ đã có một đồng chí tên { $name }. Nếu đó không phải đồng chí, xin gõ lại họ tên cho khác đi (ví dụ thêm tên đệm), để bí thư khỏi nhầm.
thamgia-unclaimed = Trong danh sách chi bộ đã có đồng chí { $name } do bí thư ghi vào, chưa có tài khoản chat. Nếu đó là đồng chí, xin bí thư mã nhận hồ sơ rồi gõ ở đây: /thamgia MÃ. Nếu không phải, xin gõ lại họ tên cho khác đi (ví dụ thêm tên đệm). Chưa lưu gì.
thamgia-unclaimed-notice = Tài khoản { $account } xin vào chi bộ với tên { $name }, trùng với đồng chí { $name } chưa có tài khoản chat trong danh sách. Nếu đúng là đồng chí ấy: gõ /thanhvien, chọn tên, lấy mã nhận hồ sơ và đưa riêng cho đồng chí ấy.
thamgia-bad-code = Mã không đúng hoặc đã hết hạn. Xin bí thư chi bộ cho mã mới.
thamgia-claim-already-member = Tài khoản này đã có trong danh sách chi bộ (tên { $name }), nên không nhận thêm hồ sơ khác được. Nếu đó là nhầm lẫn, xin báo bí thư.
thamgia-claimed = Đồng chí <b>{ $name }</b> đã nhận hồ sơ của mình trong danh sách { $cell }: cùng bản đăng ký, cùng điểm danh như trước. Gõ /dangky để đăng ký kế hoạch cá nhân. Nội dung chibo lưu dữ liệu của đồng chí ở tin sau; rút lại đồng ý bằng /dulieu.
thamgia-claimed-notice = { $name } đã nhận hồ sơ trong danh sách bằng tài khoản chat (tài khoản: { $account }). Từ nay chibo nhắn riêng được cho đồng chí ấy.

## /duyet

duyet-request = Đồng chí <b>{ $name }</b> xin vào danh sách { $cell } (tài khoản: { $account }).
duyet-list = <b>{ $cell }</b>: { $count } người đang chờ duyệt.
duyet-list-rest = Còn { $count } người đang chờ duyệt vào { $cell }:
duyet-approve-all = ✅ Duyệt tất cả ({ $count } người)
duyet-confirm-all = Duyệt cả { $count } người vào chi bộ: { $names }?
duyet-confirm-all-yes = ✅ Đúng, duyệt tất cả
duyet-confirm-all-no = ↩️ Không, quay lại danh sách
duyet-approved-all = Đã duyệt { $count } người vào chi bộ: { $names }.
duyet-approve = ✅ Duyệt { $name }
duyet-approve-namesake = ✅ Duyệt { $name } (tài khoản: { $account }) ⚠️ trùng tên
duyet-reject = ❌ Từ chối { $name }
duyet-reject-namesake = ❌ Từ chối { $name } (tài khoản: { $account })
duyet-hint = Gõ /duyet để duyệt hoặc từ chối.
duyet-namesake = ⚠️ Trong danh sách chi bộ đã có người tên { $name }: xin xem kỹ tên tài khoản trước khi duyệt.
duyet-account-unnamed = không có tên
duyet-none = { $cell } không có ai đang chờ duyệt.
duyet-already-decided = Yêu cầu của { $name } đã được xử lý rồi.
duyet-approved = Đã duyệt { $name } vào chi bộ.
duyet-rejected = Đã từ chối yêu cầu của { $name }.
duyet-you-approved = Đồng chí đã được duyệt vào { $cell }. Gõ /dangky để đăng ký kế hoạch cá nhân.
duyet-you-rejected = Bí thư không chấp nhận yêu cầu vào { $cell } của đồng chí. Nếu có nhầm lẫn, xin liên hệ bí thư chi bộ.

## /chuyende

chuyende-annual = <b>Chuyên đề năm { $year }:</b> { $title }
chuyende-summary = { $summary }
chuyende-quarter = <b>Chủ điểm { $quarter }:</b> { $title }
chuyende-quarter-none = { $quarter }: kế hoạch chưa có chủ điểm quý; chi bộ chọn nội dung sinh hoạt chuyên đề theo chuyên đề năm.
chuyende-deadlines = Học tập chuyên đề trước { $study }. Đăng ký kế hoạch cá nhân trước { $registration }.
chuyende-source = Theo kế hoạch của { $issuedBy }.
chuyende-default-plan = Đây là chủ đề chung và lịch mặc định của chibo, chưa phải kế hoạch năm của cấp ủy. Chi bộ đã gắn với đảng ủy thì tự theo kế hoạch cán bộ đảng ủy nhập bằng /kehoach; chi bộ chưa thuộc đảng ủy nào thì bí thư chi bộ gõ /kehoach để nhập kế hoạch cấp trên giao.
chuyende-parts = Bản đăng ký cá nhân gồm ba phần: { $studyLabel }, { $followLabel }, { $exampleLabel }.

## /kehoach

help-kehoach = nhập kế hoạch năm của cấp ủy: chuyên đề, chủ điểm quý, thời hạn (cho cán bộ đảng ủy)
part-study = Học tập
part-follow = Làm theo
part-example = Nêu gương
kehoach-not-allowed = Kế hoạch năm do cấp ủy cấp trên nhập: cán bộ đảng ủy dùng /kehoach cho các chi bộ của đảng ủy; chi bộ chưa thuộc đảng ủy nào thì bí thư chi bộ nhập. Xem kế hoạch đang áp dụng bằng /chuyende.
kehoach-cell-has-committee = Chi bộ thuộc { $committee } nên theo kế hoạch năm do { $committee } nhập. Xin cán bộ { $committee } nhập bằng /kehoach; khi đã nhập, chi bộ tự theo, không phải làm gì thêm.
kehoach-shared = Kế hoạch chung này còn áp dụng cho { $count } chi bộ khác chưa có kế hoạch của đảng ủy, nên bí thư một chi bộ không sửa được. Xin cấp ủy cấp trên nhập kế hoạch bằng /kehoach, hoặc gắn chi bộ với cấp ủy cấp trên trong /caidat.
kehoach-restart = Kế hoạch đang nhập dở đã cũ nên chibo đã xóa; chưa lưu gì. Gõ /kehoach để bắt đầu lại.
kehoach-resume = Tiếp tục kế hoạch đang nhập dở (chưa lưu gì):
kehoach-ask-year =
    <b>Kế hoạch học tập và làm theo Bác cho { $scope }</b>
    Nhập kế hoạch năm nào? Chọn năm dưới đây, hoặc gõ năm, ví dụ { $year }. Gõ /huy để hủy.
kehoach-choice-year = Năm { $year }
kehoach-year-unreadable = Xin gõ năm bằng bốn chữ số, ví dụ { $year }.
kehoach-year-past = Năm { $year } đã qua; chỉ nhập được kế hoạch năm { $current } hoặc năm sau.
kehoach-year-far = Năm { $year } còn xa; chỉ nhập được kế hoạch năm nay hoặc năm { $next }.
kehoach-year-over = Năm { $year } đã qua nên kế hoạch chưa được lưu. Gõ /kehoach để nhập kế hoạch năm nay.
kehoach-ask-source = Kế hoạch năm { $year }: chọn một kế hoạch có sẵn trong chibo (xem lại và sửa được trước khi lưu), hoặc nhập từng bước.
kehoach-has-plan = Năm { $year } đã có kế hoạch của { $issuedBy }; lưu kế hoạch mới sẽ thay kế hoạch đó.
kehoach-choice-shipped = Kế hoạch của { $issuedBy } năm { $year }
kehoach-choice-current = Sửa kế hoạch đang có
kehoach-choice-own = Nhập từng bước
kehoach-start-own = Nhập kế hoạch năm { $year } qua { $steps } bước. Chưa lưu gì cho đến khi đồng chí xem lại và chọn Lưu.
kehoach-use-choices = Xin chọn một dòng dưới đây; gõ /huy để hủy.
kehoach-use-choices--buttons = Xin bấm một nút bên dưới; gõ /huy để hủy.
kehoach-step = <b>Bước { $step }/{ $steps }</b>
kehoach-ask-issuedBy = Cấp ủy nào ban hành kế hoạch này? Ví dụ: Tỉnh ủy Bình Dương (dưới { $max } ký tự).
kehoach-ask-annualTopic = Chuyên đề năm { $year }: xin gõ tên chuyên đề đúng như kế hoạch ghi (dưới { $max } ký tự).
kehoach-ask-quarter = Chủ điểm sinh hoạt chuyên đề { $quarter } (dưới { $max } ký tự). Kế hoạch không có chủ điểm quý này thì chọn «Không có».
kehoach-ask-study = Hạn học tập chuyên đề năm { $year }: gõ ngày, tháng, năm, ví dụ 15/4/{ $year }.
kehoach-ask-registration = Hạn đảng viên đăng ký kế hoạch cá nhân (bản đăng ký ba phần): gõ ngày, ví dụ 30/4/{ $year }. Hạn này có thể trước hoặc sau hạn học tập.
kehoach-ask-midtermReview = Ngày sơ kết, nếu kế hoạch có: gõ ngày, ví dụ 19/5/{ $year }. Ngày này phải sau hạn học tập và hạn đăng ký.
kehoach-ask-yearEndReview = Ngày tổng kết cuối năm, nếu kế hoạch có: gõ ngày, ví dụ 15/12/{ $year }. Ngày này phải sau các hạn trên.
kehoach-ask-labels = Tên ba phần của bản đăng ký cá nhân, như kế hoạch gọi, cách nhau bằng dấu /, mỗi tên dưới { $max } ký tự. Ví dụ: Học tập / Thực hành / Nêu gương
kehoach-ask-examples = Ví dụ cho phần «{ $label }» mà /dangky gợi ý cho đảng viên: mỗi ví dụ một dòng, nhiều nhất { $max } ví dụ.
kehoach-current-examples = Các ví dụ hiện có:
kehoach-example = • { $example }
kehoach-current = Hiện đang ghi: <i>{ $text }</i>
kehoach-current-none = Hiện đang ghi: không có.
kehoach-typed-keep = Giữ như đang ghi thì gõ: giữ nguyên
kehoach-typed-none = Kế hoạch không có ngày này thì gõ: không có
kehoach-ask-footer = Gõ /huy để hủy; chưa lưu gì cho đến khi chọn Lưu.
kehoach-choice-keep = Giữ nguyên
kehoach-choice-none = Không có
kehoach-choice-issuer = Dùng tên { $committee }
kehoach-choice-keep-labels = Giữ: { $study } / { $follow } / { $example }
kehoach-choice-default-labels = Dùng tên chung: { $study } / { $follow } / { $example }
kehoach-choice-keep-examples = Giữ các ví dụ này
kehoach-answer-empty = Chưa thấy nội dung. Xin gõ lại, hoặc gõ /huy để hủy.
kehoach-answer-no-words = Phần này cần viết bằng chữ (biểu tượng, dấu câu chưa đủ). Xin gõ lại.
kehoach-answer-too-long = Nội dung dài { $length } ký tự, quá giới hạn { $max } ký tự. Xin gõ ngắn gọn hơn; chưa lưu gì.
kehoach-answer-labels-count = Cần đúng ba tên, cách nhau bằng dấu /, ví dụ: Học tập / Thực hành / Nêu gương (vừa gõ { $count } tên).
kehoach-answer-labels-alike = Ba phần cần ba tên khác nhau. Xin gõ lại.
kehoach-answer-examples-count = Nhiều nhất { $most } ví dụ, mỗi ví dụ một dòng (vừa gõ { $count }). Xin bớt rồi gửi lại.
kehoach-date-unreadable = chibo chưa đọc được ngày này. Xin gõ ngày, tháng, năm, ví dụ 30/4/{ $year }.
kehoach-date-impossible = Không có ngày này trong lịch. Xin gõ lại, ví dụ 30/4/{ $year }.
kehoach-date-other-year = Ngày này không thuộc năm { $year } của kế hoạch. Xin gõ một ngày trong năm { $year }.
kehoach-date-too-early = Theo kế hoạch, { $deadline } ({ $day }) phải sau { $before } ({ $beforeDay }). Xin gõ ngày khác; chưa lưu gì.
kehoach-deadline-study = hạn học tập chuyên đề
kehoach-deadline-registration = hạn đăng ký
kehoach-deadline-midtermReview = ngày sơ kết
kehoach-deadline-yearEndReview = ngày tổng kết cuối năm
kehoach-scope-committee = các chi bộ của { $committee } ({ $cells } chi bộ)
kehoach-scope-committee-none = các chi bộ của { $committee } (chưa có chi bộ nào)
kehoach-scope-cell = { $cell }
kehoach-review-header = <b>Kế hoạch năm { $year }</b> của { $issuedBy }, cho { $scope }
kehoach-review-annual = <b>Chuyên đề năm:</b> { $title }
kehoach-review-quarter = <b>Quý { $quarter }:</b> { $title }
kehoach-review-no-quarters = <b>Chủ điểm quý:</b> không có
kehoach-review-deadlines = <b>Thời hạn:</b> học tập { $study }; đăng ký { $registration }; sơ kết { $midtermReview }; tổng kết { $yearEndReview }
kehoach-review-labels = <b>Ba phần:</b> { $study } / { $follow } / { $example }
kehoach-review-examples = <b>Ví dụ gợi ý trong /dangky:</b> { $study }, { $follow } và { $example } câu
kehoach-review-footer = Đúng rồi thì chọn Lưu; muốn sửa thì chọn Sửa. Chưa lưu gì cho đến khi chọn Lưu.
kehoach-none = không có
kehoach-choice-confirm = ✅ Lưu
kehoach-choice-edit = ✏️ Sửa
kehoach-choice-cancel = Hủy
kehoach-menu = Sửa phần nào của kế hoạch?
kehoach-group-issuer = Cấp ủy ban hành
kehoach-group-annual = Chuyên đề năm
kehoach-group-quarters = Chủ điểm quý
kehoach-group-deadlines = Thời hạn
kehoach-group-labels = Tên ba phần
kehoach-group-examples = Ví dụ gợi ý
kehoach-choice-back = ↩️ Xem lại kế hoạch
kehoach-invalid = Phần «{ $part }» chưa hợp lệ nên kế hoạch chưa được lưu. Xin chọn Sửa, sửa phần đó rồi lưu lại.
kehoach-cancelled = Đã hủy; chưa lưu gì, kế hoạch đang áp dụng vẫn giữ nguyên.
kehoach-saved-committee = ✅ Đã lưu kế hoạch năm { $year }. { $cells } chi bộ của { $committee } theo kế hoạch này từ bây giờ; đảng viên xem bằng /chuyende.
kehoach-saved-committee-none = ✅ Đã lưu kế hoạch năm { $year }. { $committee } chưa có chi bộ nào; chi bộ gắn vào { $committee } sẽ theo kế hoạch này. Cấp mã cho một chi bộ gắn vào: /tonghop, chọn «Mã cho chi bộ».
kehoach-saved-cell = ✅ Đã lưu kế hoạch năm { $year } cho { $cell }. Đảng viên xem bằng /chuyende.

## /huy

huy-nothing = Không có việc gì đang làm dở.
huy-done = Đã hủy. Những gì đang nhập dở không được lưu.
huy-menu-closed = Đã đóng danh sách lựa chọn; chưa chọn gì. Gõ /help để xem các việc.

## /dangky

dangky-resume = Tiếp tục phần đang làm dở:
dangky-existing = Đồng chí đã đăng ký năm { $year }. Đây là bản đang lưu; có thể sửa đến hết hạn đăng ký.
dangky-restart = Phần đăng ký dở đã cũ nên chibo đã xóa. Gõ /dangky để bắt đầu lại.
dangky-review-use-choices = Bản đăng ký đã đủ ba phần. Xin chọn Lưu, hoặc chọn phần muốn sửa:
dangky-answer-empty = Chưa thấy nội dung. Xin viết vài câu ngắn.
dangky-answer-no-words = Phần này cần viết bằng chữ (biểu tượng cảm xúc chưa đủ). Xin viết vài câu ngắn.
dangky-answer-too-long = Phần này dài { $length } ký tự; xin viết ngắn gọn, dưới { $max } ký tự, để cuối năm dễ kiểm điểm.
dangky-cancelled = Đã hủy, chưa lưu gì. Gõ /dangky khi muốn làm lại.
dangky-cancelled-kept = Đã hủy phần sửa. Bản đăng ký đã lưu vẫn giữ nguyên; xem lại bằng /camket.
dangky-unchanged = Bản đăng ký không thay đổi gì, vẫn giữ như đã lưu.
dangky-current = Hiện đang ghi: <i>{ $text }</i>. Gửi nội dung mới để thay, hoặc chọn Giữ nguyên.
dangky-choice-keep = Giữ nguyên
dangky-saved = ✅ Đã lưu bản đăng ký năm { $year }. Đồng chí có thể sửa đến hết ngày { $deadline } bằng /dangky; xem lại bằng /camket.
dangky-updated = ✅ Đã lưu bản sửa năm { $year }. Có thể sửa tiếp đến hết ngày { $deadline }.
dangky-exempt = Đồng chí đang được miễn sinh hoạt đảng, nên không cần đăng ký kế hoạch.
dangky-retired = Chi bộ không yêu cầu đảng viên nghỉ hưu đăng ký kế hoạch, nên đồng chí không cần đăng ký. Đồng chí vẫn sinh hoạt chi bộ như thường.
dangky-closed = Đã hết hạn đăng ký ({ $deadline }). Muốn sửa, xin liên hệ { $contact }. Xem bản đã lưu bằng /camket.
dangky-closed-none = Đã hết hạn đăng ký ({ $deadline }) mà đồng chí chưa đăng ký. Xin liên hệ { $contact }.
dangky-contact-secretary = đồng chí { $name }, bí thư chi bộ
dangky-contact-cell = chi ủy chi bộ
dangky-late-notice = Đồng chí { $name } muốn đăng ký kế hoạch năm { $year } nhưng đã hết hạn ({ $deadline }). Nếu chi bộ cho đăng ký muộn, xin đồng chí liên hệ với đồng chí ấy.
dangky-late-not-saved = Đã hết hạn đăng ký nên chibo không lưu nội dung này. Bí thư chi bộ đã được báo; xin đồng chí liên hệ bí thư.
dangky-ask-study =
    <b>Phần { $step }/3 — { $label }</b>
    Đồng chí sẽ học gì về chuyên đề năm: <i>{ $topic }</i>? Ví dụ:
dangky-ask-follow =
    <b>Phần { $step }/3 — { $label }</b>
    Việc làm cụ thể gắn với công việc của đồng chí, có kết quả kiểm tra được và thời gian. Ví dụ:
dangky-ask-example =
    <b>Phần { $step }/3 — { $label }</b>
    Đồng chí nêu gương thế nào ở cơ quan, nơi cư trú và trong gia đình? Ví dụ:
dangky-example = • { $example }
dangky-ask-footer = Viết vài câu ngắn rồi gửi. Gõ /huy để hủy.
dangky-review =
    <b>Xem lại bản đăng ký</b>
    <b>1. { $studyLabel }:</b> { $study }
    <b>2. { $followLabel }:</b> { $follow }
    <b>3. { $exampleLabel }:</b> { $example }
    Đúng rồi thì chọn Lưu; muốn sửa phần nào thì chọn phần đó.
dangky-choice-confirm = ✅ Lưu
dangky-choice-edit-study = Sửa phần 1 ({ $label })
dangky-choice-edit-follow = Sửa phần 2 ({ $label })
dangky-choice-edit-example = Sửa phần 3 ({ $label })
dangky-choice-cancel = Hủy
dangky-check = chibo sẽ ghi phần này là: <i>{ $text }</i>. Đồng chí muốn ghi đúng như vậy?
dangky-choice-accept = Đúng, ghi như vậy
dangky-choice-rewrite = Viết lại

## /camket

camket-none = Đồng chí chưa đăng ký kế hoạch năm { $year }. Gõ /dangky để đăng ký.
camket-show =
    <b>Bản đăng ký năm { $year }</b> (lưu lúc { $updatedAt }, lần lưu thứ { $revision })
    <b>1. { $studyLabel }:</b> { $study }
    <b>2. { $followLabel }:</b> { $follow }
    <b>3. { $exampleLabel }:</b> { $example }

## /baocao

baocao-header = <b>Báo cáo đăng ký năm { $year } — { $cell }</b> (hạn { $deadline })
baocao-counts = Đảng viên: { $members }. Đã đăng ký: { $registered }. Chưa đăng ký: { $missing }. Miễn: { $exempt }.
baocao-missing = <b>Chưa đăng ký:</b> { $names }
baocao-pending = Đang chờ duyệt vào chi bộ: { $count } người (/duyet).
baocao-no-account = <b>Chưa có tài khoản chat</b>, chibo không nhắc riêng được, xin nhắc trực tiếp: { $names }
baocao-no-account-many = <b>Chưa có tài khoản chat</b>: { $count } người chưa đăng ký mà chibo không nhắc riêng được, xin nhắc trực tiếp (xem mục Chưa đăng ký).
baocao-details-private = Nội dung từng bản đăng ký chỉ xem trong chat riêng: nhắn riêng cho chibo /baocao.
baocao-progress = Tiến độ: { $reported }/{ $registered } đồng chí có kế hoạch đã báo tiến độ.
baocao-results = Kết quả: { $reported }/{ $required } đã báo cáo kết quả.
baocao-levels-header = <b>Mức xếp loại chi bộ đã thống nhất</b> (số đồng chí):
baocao-level = • { $level }: { $count }
baocao-levels-waiting = • Chưa thống nhất: { $count }
baocao-model = <b>Mô hình của chi bộ:</b> { $title } (thời hạn { $day }).
baocao-model-progress = Tiến độ mới nhất ({ $quarter }): { $note }
baocao-model-no-progress = Mô hình chưa có báo cáo tiến độ.
baocao-model-none = Chi bộ chưa đăng ký mô hình, việc làm theo Bác năm { $year } (/mohinh).
baocao-year-meetings = Họp trong năm: { $meetings } buổi đã kết thúc, có mặt { $present }/{ $counted } lượt. Bình chọn: { $polls }.
baocao-choice-missing = 📋 Chưa đăng ký ({ $count })
baocao-choice-plans = 📝 Nội dung đăng ký ({ $count })
baocao-choice-attendance = ✅ Điểm danh ({ $meetings } buổi)
baocao-choice-polls = 🗳 Bình chọn ({ $count })
baocao-choice-reach = 📵 Chưa nhắn riêng được trên Zalo ({ $count })
baocao-choice-back = ↩️ Về báo cáo
baocao-choice-back-plans = ↩️ Danh sách đã đăng ký
baocao-choice-back-meetings = ↩️ Điểm danh các buổi
baocao-choice-members = 👥 Từng đảng viên qua các buổi họp
baocao-choice-member = { $name }
baocao-nobody-missing = Mọi đảng viên phải đăng ký đều đã đăng ký.
baocao-missing-header = <b>Chưa đăng ký: { $count } đồng chí</b> { $page }
baocao-missing-name = • { $name }
baocao-missing-name-no-account = • { $name } (chưa có tài khoản chat)
baocao-exempt-name = • { $name } (miễn đăng ký)
baocao-no-plans = Chưa có đồng chí nào đăng ký.
baocao-plans-header = <b>Nội dung đăng ký</b>: { $count } đồng chí. Chọn một tên để xem. { $page }
baocao-plan-header = <b>{ $name }</b> (cập nhật { $updatedAt }) { $page }
baocao-plan-study = <b>1. { $label }:</b> { $text }
baocao-plan-follow = <b>2. { $label }:</b> { $text }
baocao-plan-example = <b>3. { $label }:</b> { $text }

## /caidat

caidat-value-own = { $value }
caidat-value-committee = { $value } (theo { $committee })
caidat-value-unset = chưa đặt
caidat-no-committee = chưa gắn
caidat-toggle-autoApprove = Bật/tắt tự động duyệt
caidat-toggle-retiredRegister = Bật/tắt đăng ký cho người nghỉ hưu
caidat-choice-committee = 🔗 Cấp ủy cấp trên
caidat-choice-documents = 📄 Sửa mục trong văn bản
caidat-documents-menu = Sửa mục nào trong văn bản chibo soạn?
caidat-choice-edit-partyOrganisation = ✏️ Đảng bộ ở đầu văn bản
caidat-choice-edit-place = ✏️ Địa danh
caidat-choice-edit-defaultChair = ✏️ Chủ trì họp
caidat-choice-edit-defaultMinuteTaker = ✏️ Thư ký họp
caidat-choice-clear = 🗑 Xóa giá trị chi bộ đã đặt
caidat-ask-partyOrganisation = Đầu văn bản của chi bộ ghi tên đảng bộ cấp trên, ví dụ: ĐẢNG BỘ PHƯỜNG PHÚ HÒA. Xin gõ dòng đó (tối đa { $max } ký tự). Gõ /huy để hủy.
caidat-ask-place = Địa danh đứng trước ngày tháng, ví dụ «Phú Hòa» trong «Phú Hòa, ngày 06 tháng 12 năm 2026». Xin gõ địa danh (tối đa { $max } ký tự). Gõ /huy để hủy.
caidat-ask-defaultChair = Xin gõ họ tên người thường chủ trì họp chi bộ; biên bản ghi tên này khi buổi họp không ghi người khác. Gõ /huy để hủy.
caidat-ask-defaultMinuteTaker = Xin gõ họ tên người thường làm thư ký họp chi bộ; biên bản ghi tên này khi buổi họp không ghi người khác. Gõ /huy để hủy.
document-text-empty = Chưa thấy chữ nào. Xin gõ lại, hoặc gõ /huy để hủy.
document-text-too-long = Dòng này dài { $length } ký tự, quá { $max } ký tự. Xin gõ ngắn hơn; chưa lưu gì.
caidat-name-empty = Chưa thấy họ tên. Xin gõ họ tên, ví dụ: Nguyễn Văn An.
caidat-name-too-long = Họ tên dài quá { $max } ký tự. Xin gõ lại ngắn gọn; chưa lưu gì.
caidat-name-characters = Họ tên chỉ gồm chữ cái và dấu cách. Xin gõ lại, ví dụ: Nguyễn Văn An.
caidat-pick-name = Trong danh sách chi bộ có nhiều đồng chí trùng tên này. Đồng chí chọn ai?
caidat-choice-pick = { $name }
caidat-saved = ✅ Đã lưu.
caidat-saved-not-on-roster = ✅ Đã lưu { $name }. Tên này không có trong danh sách chi bộ; nếu gõ nhầm, xin sửa lại.
caidat-cleared = ✅ Đã xóa giá trị chi bộ đã đặt.
caidat-use-choices = Xin chọn một dòng dưới đây.
caidat-use-choices--buttons = Xin bấm một nút bên dưới.
caidat-use-choices--typed = Xin trả lời bằng một số trong danh sách dưới đây.
caidat-ask-code = Xin gõ mã (8 chữ số) mà cán bộ đảng ủy cấp trên đưa. Gõ /huy để hủy. Chưa có mã: cán bộ đảng ủy nhắn riêng /tonghop cho chibo và chọn «Mã cho chi bộ».
caidat-code-not-digits = Mã chỉ gồm chữ số, ví dụ 12345678. Xin gõ lại, hoặc gõ /huy để hủy.
caidat-bad-code = Mã không đúng hoặc đã hết hạn. Mỗi mã chỉ dùng được một lần; chưa thay đổi gì. Xin kiểm tra lại mã, hoặc xin cán bộ đảng ủy mã mới.
caidat-committee-same = { $cell } đã thuộc { $committee }, không cần gắn lại. Mã vẫn còn dùng được.
caidat-committee-move-ask = { $cell } đang thuộc { $from }, còn mã này là của { $to }. Chuyển chi bộ sang { $to }? Kế hoạch năm của chi bộ sẽ theo { $to }, và { $from } không còn thấy chi bộ trong bản tổng hợp.
caidat-choice-move = Chuyển sang { $to }
caidat-choice-stay = Ở lại { $from }
caidat-committee-linked = ✅ { $cell } đã thuộc { $committee }. Kế hoạch năm và bản tổng hợp của chi bộ từ nay theo { $committee }.
caidat-committee-moved = ✅ { $cell } đã chuyển từ { $from } sang { $committee }. Kế hoạch năm của chi bộ từ nay theo { $committee }.
caidat-committee-kept = Chi bộ vẫn thuộc { $committee }; chưa thay đổi gì.

## /thanhvien

thanhvien-list = <b>{ $cell }</b>: { $count } người trong danh sách. Chọn một người để đổi vai trò hoặc tình trạng. { $page }
thanhvien-entry = { $name } — { $role }, { $status }
thanhvien-member = <b>{ $name }</b>: { $role }, { $status }. Chọn thay đổi:
thanhvien-set-role = Vai trò: { $role }
thanhvien-set-status = Tình trạng: { $status }
thanhvien-own-role = Đồng chí không tự đổi vai trò, tình trạng của mình được; người khác trong chi ủy sẽ làm việc này.
thanhvien-secretary-only = Chỉ bí thư mới giao hoặc bỏ vai trò bí thư, phó bí thư, và đổi tình trạng của họ.
thanhvien-secretary-transfer = { $name } đang là bí thư: hãy giao vai trò bí thư cho người khác trước khi chuyển đi.
thanhvien-role-changed = { $name } nay là { $role }.
thanhvien-status-changed = Tình trạng của { $name }: { $status }.
role-secretary = bí thư
role-deputy = phó bí thư
role-committee = chi ủy viên
role-member = đảng viên
status-full = chính thức
status-probationary = dự bị
status-exempt = miễn sinh hoạt
status-retired = nghỉ hưu
status-transferred = chuyển đi

## Console (chat thử trong terminal)

console-intro =
    chibo — chat thử trong terminal. Gõ tin nhắn hoặc lệnh (/help) như trong nhóm Telegram.
    Đổi người nói: :la Tên (ví dụ :la Hùng). Thêm người: :them Họ tên. Sang nhóm: :nhom 1 hoặc :nhom 2. Sang chat riêng với chibo: :rieng. Xem mọi người: :ai. Gửi một tệp cho chibo: :tep đường-dẫn-tệp. Thoát: Ctrl+D.
console-usage = Lệnh của console: :la Tên, :them Họ tên, :nhom 1, :nhom 2, :rieng, :ai, :tep đường-dẫn-tệp.
console-private-chat = chat riêng với chibo
console-private-with = chat riêng của { $name }
console-file-saved = 📎 Tệp đã lưu ở: { $path }
console-elsewhere = [chibo gửi tới { $place }]
zalo-private-link = 👉 Nhắn riêng cho tài khoản chibo này rồi gõ /{ $command }
console-private-link = 👉 Gõ :rieng để sang chat riêng với chibo, rồi gõ /{ $command }
console-unknown-person = Không có ai tên { $name }. Những người có trong console:
console-now-speaking = Bây giờ { $name } đang gõ.
console-now-in = Đang ở: { $place }.
console-person = • { $name }
console-person-admin = • { $name } (quản trị viên các nhóm)
console-group = Nhóm { $number }: { $title }

## Dòng lệnh (npm run cli -- …)

cli-usage = Cách dùng: npm run cli -- <lệnh> [tùy chọn]
cli-usage-more = Xem kỹ một lệnh: npm run cli -- <lệnh> --help
cli-usage-command = Cách dùng: npm run cli -- { $usage }
cli-usage-details = Xem thêm: npm run cli -- { $command } --help
cli-options = Tùy chọn:
cli-unknown-command = Không có lệnh { $command }.
cli-unknown-option = Lệnh { $command } không có tùy chọn { $option }.
cli-option-needs-value = Tùy chọn { $option } cần một giá trị ngay sau nó.
cli-bad-choice = { $option } không nhận { $value }; dùng một trong: { $choices }.
cli-missing-argument = Thiếu { $argument }.
cli-extra-argument = Thừa { $argument }: lệnh { $command } không nhận thêm. Tên có dấu cách thì đặt trong ngoặc kép.
cli-missing-option = Cần một trong: { $options }.
cli-one-of = Chỉ dùng một trong: { $options }.
cli-word-file = TỆP
cli-word-code = MÃ
cli-word-committee = "TÊN ĐẢNG ỦY"
cli-word-year = NĂM
cli-word-job = VIỆC
cli-command-plan-import = nhập kế hoạch năm (JSON hoặc YAML); không có --committee thì áp dụng cho mọi chi bộ
cli-command-plan-show = xem kế hoạch năm chung cho mọi chi bộ
cli-command-cell-list = các chi bộ: mã, đảng ủy, nhóm và số đảng viên
cli-command-cell-committee = đặt chi bộ dưới một đảng ủy; kế hoạch của đảng ủy áp dụng cho chi bộ
cli-command-cell-schedule = giờ gửi tin và số ngày nhắc trước của một chi bộ; không có tùy chọn thì xem cài đặt đang dùng
cli-command-committee-schedule = cài đặt chung cho các chi bộ của đảng ủy; cài đặt riêng của chi bộ được ưu tiên
cli-command-committee-officer = cấp mã dùng một lần cho cán bộ đảng ủy dùng /tonghop
cli-command-report = báo cáo của một chi bộ (như /baocao) hoặc tổng hợp của đảng ủy; tệp Word, Excel ghi vào --out
cli-command-job-list = các việc theo lịch và lần chạy tới của từng chi bộ
cli-command-job-run = chạy một việc ngay, như vào thời điểm --at (mỗi kỳ một lần); tin nhắn vào hàng đợi
cli-command-zalo-login = đăng nhập tài khoản Zalo của chibo bằng mã QR và lưu phiên
cli-command-zalo-status = phiên Zalo đang thế nào, từ khi nào, và cần làm gì
cli-command-backup = sao lưu cơ sở dữ liệu (thư mục phải có sẵn)
cli-command-help = các lệnh và cách dùng
cli-option-committee = tên đảng ủy, đúng như khi nhập kế hoạch hoặc đặt chi bộ
cli-option-cell = mã chi bộ (xem bằng cell list)
cli-option-year = năm; không ghi thì là năm nay
cli-option-format = định dạng: text để đọc, json cho chương trình khác
cli-option-files = định dạng: text để đọc, json cho chương trình khác, docx là tệp Word, xlsx là tệp Excel (cần --out)
cli-option-out = ghi vào tệp này (chỉ chủ tệp đọc được) thay vì in ra; thư mục phải có sẵn
cli-option-doc = văn bản Word: registration (đăng ký), minutes (biên bản buổi họp gần nhất), q1…q4 (kết quả quý), year (kết quả năm)
cli-option-at = chạy như vào thời điểm này (giờ Việt Nam, hoặc ghi kèm múi giờ)
cli-option-qr = nơi lưu ảnh mã QR (mặc định zalo-qr.png)
cli-option-post-hour = giờ gửi tin theo lịch, từ 7 đến 20
cli-option-registration-days = nhắc đăng ký trước hạn bao nhiêu ngày
cli-option-study-days = nhắc học tập chuyên đề trước hạn bao nhiêu ngày
cli-option-review-days = nhắc sơ kết trước bao nhiêu ngày
cli-option-summary-weekday = ngày gửi tóm tắt hằng tuần cho bí thư: 1 là thứ Hai, 7 là Chủ nhật
cli-option-meeting-hours = nhắc họp trước giờ họp bao nhiêu giờ
cli-bad-year = Năm { $year } không hợp lệ.
cli-unknown-cell = Không có chi bộ mã { $code }. Xem các mã bằng: npm run cli -- cell list
cli-plan-invalid = Kế hoạch trong { $file } chưa hợp lệ:
cli-plan-imported = Đã nhập kế hoạch năm { $year } cho { $scope }.
cli-all-cells = mọi chi bộ
cli-no-cells = Chưa có chi bộ nào. Thêm bot vào nhóm và gõ /khoitao.
cli-cell-line = { $code }  { $name }  ({ $members } đảng viên, { $groups } nhóm)
cli-backup-done = Đã sao lưu vào { $file }.
cli-backup-done-encrypted = Đã sao lưu vào { $file }, mã hóa bằng cùng khóa với cơ sở dữ liệu: giữ khóa ở nơi khác với bản sao lưu.
cli-command-db-encrypt = mã hóa tệp cơ sở dữ liệu bằng khóa DATABASE_KEY (khi chibo đã dừng)
cli-db-encrypt-no-key = Chưa có khóa: đặt DATABASE_KEY (ít nhất 16 ký tự) hoặc DATABASE_KEY_FILE (tệp chmod 600) rồi chạy lại.
cli-db-encrypt-no-file = Chưa có tệp { $file } để mã hóa. chibo lần đầu chạy với DATABASE_KEY sẽ tự tạo tệp đã mã hóa.
cli-db-encrypt-already = Tệp { $file } đã được mã hóa bằng khóa này; không cần làm gì.
cli-db-encrypt-busy = Tệp { $file } đang được chibo dùng. Dừng chibo rồi chạy lại lệnh; chưa có gì thay đổi.
cli-db-encrypt-done =
    Đã mã hóa { $file }. Từ nay chibo chỉ mở được tệp này với khóa đó: giữ khóa cẩn thận, mất khóa là mất dữ liệu.
    Các bản sao lưu cũ vẫn chưa mã hóa: sao lưu lại (npm run cli -- backup TỆP) rồi xóa các bản cũ.
cli-schedule =
    { $name }: gửi lúc { $postHour } giờ.
    Nhắc đăng ký trước hạn (ngày): { $registrationReminderDays }.
    Nhắc học tập chuyên đề trước hạn (ngày): { $studyReminderDays }.
    Nhắc sơ kết trước (ngày): { $reviewReminderDays }.
    Tóm tắt hằng tuần cho bí thư vào { $weeklySummaryWeekday ->
        [1] thứ Hai
        [2] thứ Ba
        [3] thứ Tư
        [4] thứ Năm
        [5] thứ Sáu
        [6] thứ Bảy
       *[7] Chủ nhật
    }.
    Nhắc họp trước giờ họp (giờ): { $meetingReminderHours }.
    Mỗi buổi họp: { $meetingMinutes } phút; định kỳ kết hợp chuyên đề: { $combinedMeetingMinutes } phút.
    Thông báo họp trước (ngày): { $meetingNoticeDays }. Nhắc gửi tài liệu họp trước (ngày): { $meetingMaterialsDays }.
cli-unknown-committee = Không có đảng ủy tên { $name }. Đảng ủy có khi nhập kế hoạch (--committee) hoặc đặt chi bộ dưới nó (cell committee).
cli-error-hours = số giờ viết cách nhau bằng dấu phẩy, ví dụ 24,1 (từ 1 đến 168)
cli-error-days = số ngày viết cách nhau bằng dấu phẩy, ví dụ 14,7,3,1
cli-cell-committee-set = Chi bộ { $code } nay thuộc { $committee }; kế hoạch của { $committee } áp dụng cho chi bộ này.
plan-error-no-words = phải có chữ
plan-error-date = phải là ngày viết dạng YYYY-MM-DD (ví dụ 2024-04-30)
plan-error-quarter-twice = mỗi quý chỉ một chủ điểm
plan-error-other-year = phải thuộc năm của kế hoạch
plan-error-review-too-early = phải sau hạn học tập và hạn đăng ký (tổng kết cuối năm: sau cả ngày sơ kết)
plan-error-closes-before-opens = ngày kết thúc phải sau ngày bắt đầu
plan-error-results-late = phải trước hạn tổng kết cuối năm
plan-error-progress-after-results = phải trước ngày bắt đầu báo cáo kết quả (results.opens)
plan-error-labels-alike = ba phần phải có ba tên khác nhau
config-error = Cấu hình chưa đúng (xem .env.example):
config-error-token = trông như 123456789:ABC-..., đúng như BotFather đưa
config-error-quiet-hours = viết dạng 21-07 (từ 21 giờ đến 7 giờ sáng hôm sau), hoặc off
config-error-timezone = phải là múi giờ IANA, ví dụ Asia/Ho_Chi_Minh
config-error-key-short = quá ngắn: khóa cần ít nhất 16 ký tự (một câu dài dễ nhớ cũng được)
config-error-key-twice = chỉ đặt một trong hai: DATABASE_KEY hoặc DATABASE_KEY_FILE
config-error-key-file-missing = không đọc được tệp khóa này; xin kiểm tra đường dẫn
config-error-key-file-mode = tệp khóa phải chỉ chủ tài khoản đọc được: chmod 600 TỆP-KHÓA

## Tệp riêng tư và cơ sở dữ liệu hỏng (lúc khởi động, dòng lệnh)

cli-no-folder = Chưa có thư mục { $folder }, nên chưa ghi gì. Tạo thư mục trước (mkdir -p { $folder }) hoặc chọn nơi khác.
cli-out-is-folder = { $file } là một thư mục; xin ghi cả tên tệp, ví dụ { $file }/ten-tep.
cli-cannot-write = Không ghi được vào { $file }: không có quyền.
db-empty = Tệp cơ sở dữ liệu { $file } rỗng (0 byte): dữ liệu trong đó không còn.
db-not-sqlite = Tệp { $file } không phải cơ sở dữ liệu SQLite (phần đầu tệp không đúng), hoặc đã mã hóa. Tệp đã mã hóa: đặt DATABASE_KEY (hoặc DATABASE_KEY_FILE) đúng khóa. Nếu DATABASE_PATH chỉ nhầm tệp, xin sửa biến đó.
db-key-plain-file = Đã đặt khóa (DATABASE_KEY hoặc DATABASE_KEY_FILE) nhưng tệp { $file } chưa mã hóa. Mã hóa tệp: dừng chibo, chạy npm run cli -- db encrypt, rồi chạy lại. Hoặc xóa khóa khỏi cấu hình để dùng tệp không mã hóa.
db-key-wrong-key = Khóa (DATABASE_KEY hoặc DATABASE_KEY_FILE) không mở được tệp { $file }: khóa sai, tệp được mã hóa bằng khóa khác (bản sao lưu của nơi khác), hoặc tệp hỏng. Xin đặt đúng khóa đã dùng khi mã hóa tệp này; chibo không ghi gì vào tệp.
db-truncated = Tệp cơ sở dữ liệu { $file } bị cụt: ngắn hơn độ dài ghi ở đầu tệp (chép dở, hoặc đĩa đầy).
db-corrupt = Tệp cơ sở dữ liệu { $file } bị hỏng (SQLite báo: { $detail }).
db-restore =
    chibo dừng để không ghi thêm vào tệp hỏng. Khôi phục từ bản sao lưu (tạo bằng npm run cli -- backup TỆP):
      1. Chuyển tệp hỏng, cùng { $file }-wal và { $file }-shm nếu có, sang thư mục khác để giữ lại.
      2. Chép bản sao lưu mới nhất vào chỗ cũ: cp TỆP-SAO-LƯU { $file }
      3. Chạy lại chibo.
    Chưa có dữ liệu cần giữ (mới cài)? Làm bước 1 rồi chạy lại: chibo tạo tệp mới.

## Lịch nhắc việc (tự động)

job-quarter-topic = <b>Chủ điểm { $quarter }:</b> { $title }
job-quarter-annual = <b>{ $quarter }:</b> kế hoạch không có chủ điểm riêng cho quý này; chi bộ sinh hoạt chuyên đề theo chuyên đề năm: { $title }
job-quarter-hint = Gõ /chuyende để xem chuyên đề năm và các hạn.
job-registration-group = ⏰ { $days ->
        [0] Hôm nay là hạn cuối
       *[other] Còn { $days } ngày đến hạn
    } đăng ký kế hoạch cá nhân ({ $deadline }). { $count } đồng chí chưa đăng ký: { $names }. Xin các đồng chí gõ /dangky.
job-registration-private = ⏰ { $days ->
        [0] Hôm nay là hạn cuối
       *[other] Còn { $days } ngày đến hạn
    } đăng ký kế hoạch cá nhân ({ $deadline }). Đồng chí chưa đăng ký: gõ /dangky, chỉ mất vài phút.
job-study-group = 📚 { $days ->
        [0] Hôm nay là hạn cuối
       *[other] Còn { $days } ngày đến hạn
    } học tập chuyên đề năm ({ $deadline }): { $title }
job-review-group = { $days ->
        [0] Hôm nay
       *[other] Còn { $days } ngày đến
    } sơ kết giữa năm ({ $deadline }). Chi ủy chuẩn bị báo cáo và đề xuất biểu dương điển hình.
job-weekly-next = Sắp tới: { $what }, ngày { $date }.
job-weekly-nothing-next = Kế hoạch năm nay không còn hạn nào phía trước.
zalo-unreachable = chibo chưa nhắn riêng được cho đồng chí { $name } trên Zalo. Xin đồng chí kết bạn Zalo với tài khoản chibo để nhận nhắc nhở.
job-unreachable = chibo chưa nhắn riêng được cho đồng chí { $name }. Xin đồng chí nhắn riêng cho chibo một tin để nhận nhắc nhở.
job-unreachable--buttons = chibo chưa nhắn riêng được cho đồng chí { $name }. Xin đồng chí mở chat riêng với chibo (bấm Bắt đầu / Start) để nhận nhắc nhở.
deadline-study = hạn học tập chuyên đề
deadline-registration = hạn đăng ký kế hoạch cá nhân
deadline-midterm-review = sơ kết giữa năm
deadline-year-end-review = tổng kết năm

## /nhacnho

help-nhacnho = nhắc ngay những người chưa đăng ký
nhacnho-sent = Đã nhắc { $count } đồng chí chưa đăng ký (trong nhóm, và riêng với ai nhắn riêng được).
nhacnho-queued-night = Lúc { $at } chibo sẽ nhắc các đồng chí khi đó còn chưa đăng ký (bây giờ là { $count } đồng chí); chibo không nhắn vào ban đêm.
nhacnho-too-late-tonight = Hôm nay là hạn cuối đăng ký, mà chibo không nhắn vào ban đêm, nên không nhắc được nữa.
nhacnho-nobody-missing = Mọi đảng viên phải đăng ký đều đã đăng ký. Không cần nhắc.
nhacnho-already-today = Hôm nay chi bộ đã được nhắc rồi; mỗi ngày chỉ nhắc một lần.
nhacnho-closed = Hạn đăng ký đã hết ngày { $deadline }, nên không nhắc nữa.

## Dòng lệnh: lịch

cli-job-line = { $cell }  { $job }  { $period }  { $dueAt }
cli-job-ran = Đã chạy { $job } cho { $cell } (kỳ { $period }): { $messages } tin nhắn vào hàng đợi.
cli-job-already = { $job } cho { $cell } (kỳ { $period }) đã chạy rồi; không chạy lại.
cli-job-skipped = { $job } cho { $cell } (kỳ { $period }) bỏ qua: việc cần nhắc đã qua hạn.
cli-job-no-slot = { $job } chưa đến kỳ nào cho { $cell } tại thời điểm đó.
cli-unknown-job = Không có việc { $job }. Các việc: { $jobs }.
cli-needs-out = Định dạng { $format } là một tệp: cho biết nơi ghi bằng --out TỆP.
cli-file-written = Đã ghi { $file }.
cli-no-meeting = Năm đó chi bộ chưa có buổi họp nào kết thúc, nên chưa có biên bản.
cli-committee-created = Đã tạo { $name }.
cli-bad-committee-name = Tên đảng ủy phải có chữ và không quá dài, ví dụ: "Đảng ủy phường Phú Hòa".
cli-officer-code = Mã cán bộ { $committee }: { $code } (dùng một lần, trong { $days } ngày). Cán bộ nhắn riêng cho chibo: /tonghop { $code }
cli-bad-date = Thời điểm { $at } không hợp lệ; viết dạng 2024-04-16T08:00 (giờ Việt Nam) hoặc có múi giờ.

## Họp chi bộ: chung

verbatim = { $text }
time-hour = { $hour } giờ
time-hour-minute = { $hour } giờ { $minute }
weekday-1 = thứ Hai
weekday-2 = thứ Ba
weekday-3 = thứ Tư
weekday-4 = thứ Năm
weekday-5 = thứ Sáu
weekday-6 = thứ Bảy
weekday-7 = Chủ nhật
meeting-when = { $time }, { $weekday }, ngày { $date }
meeting-kind-regular = Sinh hoạt định kỳ
meeting-kind-thematic = Sinh hoạt chuyên đề
meeting-kind-combined = Sinh hoạt định kỳ kết hợp chuyên đề
meeting-short-regular = buổi sinh hoạt định kỳ { $day }
meeting-short-thematic = buổi sinh hoạt chuyên đề { $day }
meeting-short-combined = buổi sinh hoạt định kỳ kết hợp chuyên đề { $day }
meeting-topic-regular = sinh hoạt định kỳ tháng { $month }
meeting-details =
    <b>{ $kind }</b>
    🕖 { $when }
    📍 { $place }
    📌 { $topic }
meeting-announcement-header = 📣 <b>THÔNG BÁO HỌP CHI BỘ</b>
meeting-cancelled-header = ❌ <b>ĐÃ HỦY</b> buổi họp dưới đây.
meeting-answer-count = Đã báo tham dự: { $attend }. Vắng có lý do: { $excused }. Đồng chí chọn một dòng dưới đây để báo; có thể đổi ý đến giờ họp.
meeting-answer-count--buttons = Đã báo tham dự: { $attend }. Vắng có lý do: { $excused }. Đồng chí bấm nút để báo; có thể đổi ý đến giờ họp.
meeting-choice-attend = ✋ Tham dự
meeting-choice-excused = 📝 Vắng có lý do
meeting-reminder-soon = { $hours ->
        [1] ⏰ Còn khoảng 1 giờ nữa là đến giờ họp:
       *[other] ⏰ Còn khoảng { $hours } giờ nữa là đến giờ họp:
    }
meeting-reminder-coming = Đồng chí đã báo tham dự. Hẹn gặp đồng chí.
meeting-reminder-unanswered = Đồng chí chưa báo có tham dự hay không. Xin chọn một dòng dưới đây.
meeting-reminder-unanswered--buttons = Đồng chí chưa báo có tham dự hay không. Xin bấm một nút dưới đây.
meeting-closed-group = Buổi họp đã kết thúc. Cảm ơn các đồng chí.
meeting-closed-secretary = Buổi họp đã kết thúc. Điểm danh để ghi biên bản:
meeting-poll-question = Đánh giá chất lượng buổi sinh hoạt
meeting-poll-option-1 = Tốt
meeting-poll-option-2 = Khá
meeting-poll-option-3 = Trung bình
meeting-poll-option-4 = Chưa đạt
attendance-counts = Có mặt { $present }/{ $counted }. Vắng có lý do: { $withReason }. Vắng không lý do: { $withoutReason }.
attendance-present = Có mặt: { $names }.
attendance-excused = Vắng có lý do: { $name } ({ $reason }).
attendance-excused-no-reason = Vắng có lý do: { $name } (chưa nêu lý do).
attendance-absent = Vắng không lý do: { $names }.
attendance-exempt = Miễn sinh hoạt (không tính): { $names }.

## /hop

help-hop = lên lịch, sửa hoặc hủy buổi họp chi bộ
hop-upcoming = Các buổi họp sắp tới:
hop-choice-new = ➕ Lên lịch buổi họp mới
hop-choice-edit = ✏️ Sửa { $meeting }
hop-choice-cancel = ❌ Hủy { $meeting }
hop-restart = Phiên lên lịch họp đã cũ. Xin gõ lại /hop.
hop-use-choices = Xin chọn một dòng dưới đây.
hop-use-choices--buttons = Xin bấm một nút bên dưới.
hop-use-choices--typed = Xin trả lời bằng một số trong danh sách dưới đây.
hop-ask-kind = Buổi họp loại nào?
hop-ask-time = Họp lúc nào? Ví dụ: <i>20/5 19h30</i>, <i>19:30 ngày 20/05</i> hoặc <i>thứ Hai 14h</i>.
hop-time-understood = chibo hiểu là: <b>{ $when }</b>.
hop-time-understood-next-year = chibo hiểu là: <b>{ $when }</b> (năm sau).
hop-ask-place = Họp ở đâu? Ví dụ: <i>Hội trường khu phố 1</i>.
hop-ask-topic = Nội dung chính của buổi họp? Gõ nội dung, hoặc chọn dòng dưới đây nếu không có nội dung riêng.
hop-ask-topic--buttons = Nội dung chính của buổi họp? Gõ nội dung, hoặc bấm nút nếu không có nội dung riêng.
hop-ask-topic-thematic = Chủ đề buổi sinh hoạt chuyên đề? Chủ điểm quý này là: <i>{ $topic }</i>. Chọn dòng dưới đây để dùng chủ điểm này, hoặc gõ chủ đề khác.
hop-ask-topic-thematic--buttons = Chủ đề buổi sinh hoạt chuyên đề? Chủ điểm quý này là: <i>{ $topic }</i>. Bấm nút để dùng chủ điểm này, hoặc gõ chủ đề khác.
hop-choice-quarter-topic = Dùng chủ điểm quý
hop-choice-no-topic = Không có nội dung riêng
hop-review = Xin đồng chí xem lại:
hop-choice-announce = ✅ Gửi thông báo vào nhóm
hop-choice-save = ✅ Lưu và báo lại cho nhóm
hop-choice-change-time = Sửa thời gian
hop-choice-change-place = Sửa địa điểm
hop-choice-change-topic = Sửa nội dung
hop-choice-abort = Hủy, không lên lịch
hop-aborted = Đã hủy. Không có gì thay đổi.
hop-announced = Đã lên lịch và gửi thông báo vào nhóm chi bộ:
    { $meeting }
hop-changed = Đã lưu thay đổi và báo lại cho nhóm và những đồng chí đã báo tham dự:
    { $meeting }
hop-changed-notice = 🔔 <b>Lịch họp thay đổi.</b> Xin các đồng chí xem lại:
meeting-changed-time = Giờ: { $before } → { $after }
meeting-changed-place = Địa điểm: { $before } → { $after }
meeting-changed-topic = Nội dung: { $before } → { $after }
hop-unchanged = Không có gì thay đổi: lịch họp giữ nguyên, không báo lại.
hop-cancel-ask = Đồng chí chắc chắn hủy buổi họp này?
hop-choice-cancel-yes = ❌ Hủy buổi họp
hop-choice-cancel-no = Không hủy
hop-cancel-kept = Buổi họp vẫn giữ nguyên.
hop-cancelled = Đã hủy buổi họp và báo cho nhóm:
    { $meeting }
hop-cancelled-notice = ❌ <b>Buổi họp dưới đây đã bị hủy.</b>
hop-checkin-open = Buổi họp đã mở điểm danh, không sửa hay hủy được nữa.
hop-already-cancelled = Buổi họp này đã bị hủy rồi.
hop-already-started = Buổi họp này đã bắt đầu, không sửa hay hủy được nữa.
hop-time-empty = Xin gõ ngày và giờ họp, ví dụ: 20/5 19h30.
hop-time-unreadable = chibo chưa hiểu thời gian này. Xin gõ theo mẫu: <i>20/5 19h30</i> hoặc <i>thứ Hai 14h</i>.
hop-time-no-date = Thiếu ngày họp. Xin gõ cả ngày và giờ, ví dụ: 20/5 19h30.
hop-time-no-time = Thiếu giờ họp. Xin gõ cả ngày và giờ, ví dụ: 20/5 19h30.
hop-time-impossible = Ngày hoặc giờ này không có thật (ví dụ 31/2 hay 25 giờ). Xin gõ lại.
hop-time-ambiguous = Thời gian này có thể hiểu nhiều cách (ví dụ "2h" là 2 giờ sáng hay chiều, hoặc thứ không khớp với ngày). Xin ghi rõ, ví dụ: 20/5 14h hoặc 2 giờ chiều 20/5.
hop-time-past = Thời gian này đã qua. Xin chọn một thời điểm sắp tới.
hop-time-too-far = Thời gian này xa quá một năm. Xin chọn ngày gần hơn.
hop-time-overlap = Trùng giờ với một buổi họp khác của chi bộ:
    { $other }
    Xin chọn giờ khác.
hop-text-empty = Xin gõ vài chữ (không chỉ có số hay ký hiệu).
hop-text-too-long = Dài quá: { $length } ký tự, tối đa { $max }. Xin viết ngắn lại.

## /lichhop

help-lichhop = xem lịch họp và báo tham dự hoặc vắng
lichhop-none = Chưa có buổi họp nào sắp tới.
lichhop-your-answer-attend = Đồng chí đã báo: <b>tham dự</b>.
lichhop-your-answer-excused = Đồng chí đã báo: <b>vắng có lý do</b>.
lichhop-your-answer-none = Đồng chí chưa báo tham dự hay vắng.
lichhop-attend-saved = Đã ghi: đồng chí tham dự { $meeting }.
lichhop-attend-again = Đồng chí đã báo tham dự { $meeting } rồi.
lichhop-ask-reason = Đồng chí vắng { $meeting }. Xin gõ lý do (ví dụ: <i>đi công tác</i>). Chỉ bí thư và chi ủy xem được lý do này.
lichhop-excused-asked = Đã ghi vắng có lý do. chibo đã nhắn riêng để hỏi lý do.
lichhop-excused-open-private = Đã ghi vắng. Xin mở chat riêng với chibo để gửi lý do.
lichhop-excused-later = Đã ghi vắng. Khi xong việc đang làm dở với chibo, xin gõ /lichhop trong chat riêng để gửi lý do.
lichhop-reason-saved = Đã ghi lý do vắng { $meeting }: { $reason }. Chỉ bí thư và chi ủy xem được.
lichhop-reason-restart = Phiên hỏi lý do đã cũ. Xin gõ /lichhop để báo lại.
lichhop-reason-not-needed = Đồng chí đã đổi sang tham dự nên không cần lý do vắng nữa.
lichhop-reason-empty = Xin gõ lý do bằng chữ, ví dụ: đi công tác.
lichhop-reason-too-long = Lý do dài quá: { $length } ký tự, tối đa { $max }. Xin viết ngắn lại.
lichhop-cancelled = Buổi họp này đã bị hủy.
lichhop-answers-closed = Buổi họp đã bắt đầu; không đổi câu trả lời được nữa.
lichhop-exempt = Đồng chí đang miễn sinh hoạt, không cần báo tham dự.

## /diemdanh

help-diemdanh = điểm danh trong buổi họp; bí thư ghi lý do vắng: /diemdanh vắng Tên: lý do
checkin-open = ✅ <b>ĐIỂM DANH</b>: đồng chí có mặt xin chọn «Có mặt» dưới đây.
checkin-open--buttons = ✅ <b>ĐIỂM DANH</b>: đồng chí có mặt xin bấm nút dưới đây.
checkin-count = Có mặt: { $present }/{ $counted }. Báo vắng có lý do: { $excused }. Chưa điểm danh: { $notYet }.
checkin-choice-here = ✋ Có mặt
diemdanh-done = Đã điểm danh: đồng chí có mặt tại { $meeting }.
diemdanh-already = Đồng chí đã điểm danh rồi (lúc { $at }).
diemdanh-not-open = Điểm danh chưa mở. Bí thư mở điểm danh khi buổi họp bắt đầu.
diemdanh-no-meeting = Không có buổi họp nào đang diễn ra hay vừa kết thúc.
diemdanh-too-early = Sắp tới là { $meeting }; điểm danh mở được từ { $opens }.
diemdanh-already-open = Điểm danh đang mở; chibo gửi lại tin điểm danh.
diemdanh-already-open--buttons = Điểm danh đang mở; chibo gửi lại nút điểm danh.
diemdanh-sheet-header = <b>Điểm danh</b> { $meeting } { $page }
diemdanh-sheet-hint = Chọn tên một đồng chí để đánh dấu có mặt hoặc vắng (cho người không dùng điện thoại). Ghi lý do vắng: <i>/diemdanh vắng Họ Tên: lý do</i>.
diemdanh-sheet-hint--buttons = Bấm tên một đồng chí để đánh dấu có mặt hoặc vắng (cho người không dùng điện thoại). Ghi lý do vắng: <i>/diemdanh vắng Họ Tên: lý do</i>.
diemdanh-sheet-hint--typed = Trả lời bằng số trước tên một đồng chí để đánh dấu có mặt hoặc vắng (cho người không dùng điện thoại). Ghi lý do vắng: <i>/diemdanh vắng Họ Tên: lý do</i>.
diemdanh-mark-present = ✅ { $name }
diemdanh-mark-absent = ⬜ { $name }
diemdanh-choice-close = 🏁 Kết thúc buổi họp
diemdanh-marked-present = ✅ { $name }: đã ghi có mặt.
diemdanh-marked-absent = ⬜ { $name }: đã ghi vắng.
diemdanh-still-absent = Còn vắng (trả lời bằng số để ghi có mặt; gõ /diemdanh để xem cả danh sách): { $page }
diemdanh-none-absent = Mọi đồng chí đều đã có mặt. Gõ /diemdanh để xem cả danh sách.
diemdanh-closed = Đã kết thúc { $meeting }. Kết quả điểm danh và phiếu đánh giá đã gửi.
diemdanh-close-too-early = Buổi họp chưa bắt đầu nên chưa kết thúc được.
diemdanh-already-closed = Buổi họp này đã kết thúc rồi.
diemdanh-not-correctable = Không sửa điểm danh buổi này được nữa (chỉ sửa trong { $days } ngày sau buổi họp).
diemdanh-reason-usage = Cách ghi: <i>/diemdanh vắng Họ Tên: lý do</i>.
diemdanh-reason-missing = Thiếu lý do, hoặc lý do dài quá { $max } ký tự. Cách ghi: <i>/diemdanh vắng Họ Tên: lý do</i>.
diemdanh-reason-private = Lý do vắng chỉ ghi trong chat riêng với chibo, để không hiện trong nhóm.
diemdanh-reason-saved = Đã ghi { $name } vắng có lý do: { $reason }.
diemdanh-no-such-member = Không có đảng viên tên { $name } trong chi bộ. Cách ghi: <i>/diemdanh vắng Họ Tên: lý do</i> (tên riêng cũng được, ví dụ: /diemdanh vắng Tuấn: ốm).
diemdanh-name-twice = Có { $count } đảng viên tên { $name }: { $names }. Xin ghi đủ họ tên, ví dụ: <i>/diemdanh vắng { $example }: lý do</i>.
meeting-end-planned = 📝 Biên bản { $meeting } ghi buổi họp từ { $start } đến { $end } (giờ kết thúc dự kiến).
meeting-end-given = 📝 Biên bản { $meeting } ghi buổi họp từ { $start } đến { $end }.
meeting-end-hint = Giờ kết thúc có đúng không? Nếu không, xin chọn «✏️ Giờ khác» rồi gõ giờ.
meeting-end-hint--buttons = Giờ kết thúc có đúng không? Nếu không, xin bấm «✏️ Giờ khác» rồi gõ giờ.
meeting-end-choice-planned = ✅ Đúng giờ dự kiến ({ $end })
meeting-end-choice-at-close = 🏁 Lúc kết thúc điểm danh ({ $end })
meeting-end-choice-typed = ✏️ Giờ khác
meeting-end-choice-edit = 🕘 Giờ kết thúc trong biên bản
meeting-end-ask = Xin gõ giờ kết thúc { $meeting } (bắt đầu lúc { $start }), ví dụ: <i>21:15</i>, <i>21h15</i> hoặc <i>9 giờ 15 tối</i>.
meeting-end-saved = ✅ Đã lưu.
meeting-end-restart = Phần ghi giờ kết thúc đã cũ. Gõ /diemdanh để làm lại.
meeting-end-too-late = Không sửa giờ kết thúc buổi này được nữa (chỉ sửa trong { $days } ngày sau buổi họp).
meeting-end-empty = Xin gõ giờ kết thúc, ví dụ: <i>21:15</i>.
meeting-end-unreadable = chibo chưa hiểu giờ này. Xin gõ giờ kết thúc theo mẫu: <i>21:15</i>, <i>21h15</i> hoặc <i>9 giờ 15 tối</i>.
meeting-end-no-time = Thiếu giờ. Xin gõ giờ kết thúc, ví dụ: <i>21:15</i>.
meeting-end-impossible = Giờ này không có thật (ví dụ 25 giờ). Xin gõ lại, ví dụ: <i>21:15</i>.
meeting-end-ambiguous = Giờ này có thể hiểu nhiều cách (ví dụ "2h" là 2 giờ sáng hay chiều). Xin ghi rõ, ví dụ: <i>14h</i> hoặc <i>2 giờ chiều</i>.
meeting-end-before-start = Buổi họp bắt đầu lúc { $start }; giờ kết thúc phải sau giờ đó. Xin gõ lại.
meeting-end-too-long = Giờ này cách giờ bắt đầu ({ $start }) hơn { $hours } tiếng. Xin kiểm tra lại, ví dụ: <i>21:15</i>.
meeting-end-future = Giờ này chưa tới. Xin gõ giờ buổi họp đã kết thúc.

## /binhchon

help-binhchon = hỏi ý kiến chi bộ bằng một cuộc bình chọn
poll-post-question = 🗳 <b>{ $question }</b>
poll-post-secret = Phiếu kín, kết thúc lúc { $closesAt }. Mỗi đảng viên bỏ phiếu trong tin nhắn riêng với chibo. chibo biết ai đã bỏ phiếu, để chỉ đếm đảng viên chi bộ, nhưng không cho ai biết ai chọn gì: nhóm chỉ thấy số phiếu.
poll-post-named = Bình chọn công khai, kết thúc lúc { $closesAt }: mọi người trong nhóm thấy ai chọn gì. chibo chỉ đếm phiếu của đảng viên chi bộ.
poll-vote-button = 🗳 Bỏ phiếu kín
poll-refused = Nhóm không nhận bình chọn «{ $question }»: nền tảng chat đã từ chối (thường vì câu hỏi hoặc lựa chọn quá dài).
poll-refused-closed = Bình chọn này đã hủy. Xin gõ /binhchon để tạo lại, với câu ngắn hơn.
poll-refused-elsewhere = Trong các nhóm khác của chi bộ, bình chọn vẫn mở.
poll-closed-header = 🗳 Kết quả bình chọn «{ $question }» ({ $total } phiếu):
poll-result-line = • { $option }: { $count } ({ $percent }%)
binhchon-ask-question = Câu hỏi bình chọn là gì? (tối đa 300 ký tự)
binhchon-ask-options = Các phương án trả lời: mỗi dòng một phương án, hoặc cách nhau bằng dấu ; (từ { $min } đến { $max } phương án).
binhchon-review = Xin xem lại câu hỏi «{ $question }» (kết thúc sau { $hours } giờ):
binhchon-review-option = { $index }. { $option }
binhchon-choice-anonymous = ✅ Gửi, phiếu kín (không ghi tên người chọn)
binhchon-choice-named = ✅ Gửi, công khai (ghi tên người chọn)
binhchon-choice-abort = Hủy
binhchon-aborted = Đã hủy. Không có gì được gửi.
binhchon-sent = Bình chọn đang được gửi vào nhóm, kết thúc lúc { $closesAt }; gõ /binhchon để kết thúc sớm. Nếu nhóm không nhận, chibo sẽ báo đồng chí.
binhchon-restart = Phiên tạo bình chọn đã cũ. Xin gõ lại /binhchon.
binhchon-use-choices = Xin chọn một dòng dưới đây.
binhchon-use-choices--buttons = Xin bấm một nút bên dưới.
binhchon-use-choices--typed = Xin trả lời bằng một số trong danh sách dưới đây.
binhchon-open-poll = Đang bình chọn: «{ $question }», { $total } phiếu, kết thúc lúc { $closesAt }.
binhchon-choice-close = 🏁 Kết thúc: { $question }
binhchon-choice-new = ➕ Tạo bình chọn mới
binhchon-closed = Đã kết thúc «{ $question }» ({ $total } phiếu). Kết quả đã gửi vào nhóm:
binhchon-already-closed = Bình chọn này đã kết thúc rồi.
binhchon-vote-closed = Bình chọn này đã kết thúc; không nhận phiếu nữa.
help-bophieu = bỏ phiếu trong một cuộc bình chọn
bophieu-where = Phiếu kín được bỏ trong tin nhắn riêng với chibo; bình chọn công khai thì chọn ngay trên cuộc bình chọn trong nhóm.
bophieu-none = Chi bộ của đồng chí không có cuộc bỏ phiếu kín nào đang mở. Bình chọn công khai thì chọn ngay trên cuộc bình chọn trong nhóm.
bophieu-pick = Đang có nhiều cuộc bỏ phiếu kín. Đồng chí bỏ phiếu cho câu hỏi nào?
bophieu-ballot = Phiếu kín, kết thúc lúc { $closesAt }. Nhóm chỉ thấy số phiếu, không ai thấy đồng chí chọn gì. Chọn lại thì phiếu mới thay phiếu cũ.
bophieu-voted-secret = Đã ghi phiếu kín của đồng chí: { $option }. Đến khi kết thúc vẫn chọn lại được.
bophieu-secret-in-private = Phiếu kín chỉ bỏ trong tin nhắn riêng với chibo: nhắn riêng cho chibo rồi gõ /bophieu.
bophieu-not-found = Chi bộ của đồng chí không có cuộc bỏ phiếu kín này. Gõ /bophieu để xem các cuộc đang mở.
bophieu-named-in-group = Đây là bình chọn công khai: đồng chí chọn ngay trên cuộc bình chọn trong nhóm.
binhchon-voted = Đã ghi phiếu của đồng chí: { $option }.
binhchon-question-empty = Xin gõ câu hỏi bằng chữ.
binhchon-question-too-long = Câu hỏi dài quá: { $length } ký tự, tối đa { $maxQuestion } (biểu tượng cảm xúc và một số ký tự đặc biệt tính từ 2 ký tự trở lên). Xin viết ngắn lại.
binhchon-too-few-options = Cần ít nhất { $min } phương án (mới có { $count }). Mỗi dòng một phương án, hoặc cách nhau bằng dấu ;
binhchon-too-many-options = Nhiều nhất { $max } phương án (đang có { $count }).
binhchon-option-empty = Mỗi phương án phải có chữ.
binhchon-option-too-long = Phương án «{ $option }» dài quá: { $length } ký tự, tối đa { $maxOption } ký tự (biểu tượng cảm xúc và một số ký tự đặc biệt tính từ 2 ký tự trở lên).
binhchon-option-repeated = Phương án «{ $option }» bị lặp lại.

## /baocao: họp và bình chọn

baocao-no-meetings = Chưa có buổi họp nào kết thúc, chưa có bình chọn nào.
baocao-poll-open = 🗳 «{ $question }» (đang bình chọn, { $total } phiếu):
baocao-poll-closed = 🗳 «{ $question }» ({ $total } phiếu):
baocao-no-closed-meetings = Chưa có buổi họp nào kết thúc trong năm.
baocao-meetings-view-header = <b>Điểm danh năm { $year }</b>: { $meetings } buổi. Chọn một buổi để xem từng người. { $page }
baocao-meeting-choice = { $meeting }: có mặt { $present }/{ $counted }
baocao-meeting-header = <b>{ $meeting }</b>: có mặt { $present }/{ $counted } { $page }
baocao-polls-header = <b>Bình chọn năm { $year }</b> { $page }
baocao-no-polls = Chưa có bình chọn nào trong năm.
baocao-attendance-header = <b>Điểm danh từng buổi</b>
baocao-attendance-members = <b>Từng đảng viên qua { $meetings } buổi họp</b> { $page }
baocao-zalo-unreachable-header = Chưa nhắn riêng được trên Zalo (nhờ các đồng chí này kết bạn Zalo với chibo): { $page }
baocao-zalo-unreachable = • { $name }: { $reason }
zalo-unreachable-strangers = chặn tin nhắn từ người lạ
zalo-unreachable-cap = chibo đã nhắn đủ số người lạ Zalo cho phép trong ngày
zalo-unreachable-refused = Zalo không chuyển tin nhắn
baocao-attendance-member = { $name }: có mặt { $present }, vắng có lý do { $withReason }, vắng không lý do { $withoutReason }

## Zalo

zalo-session-kicked = ⚠️ Tài khoản Zalo của chibo vừa bị đăng xuất (có người đăng nhập Zalo Web bằng tài khoản đó). chibo tạm ngừng trong nhóm Zalo. Xin báo người quản trị máy chủ chibo đăng nhập lại Zalo cho chibo (cần điện thoại của tài khoản chibo để quét mã QR).
zalo-session-unreachable = ⚠️ chibo chưa kết nối được tới Zalo (có thể do mạng của máy chủ). chibo tạm ngừng trong nhóm Zalo và vẫn đang thử lại; tin nhắn chờ sẽ được gửi khi kết nối lại. Không cần đăng nhập lại.
zalo-session-duplicate = ⚠️ Có hai chương trình chibo cùng dùng một phiên Zalo, nên phiên này đã dừng. Không cần quét lại mã QR: người quản trị máy chủ chibo chỉ cần tắt bớt một chương trình rồi khởi động lại.
zalo-session-unprotected = ⚠️ chibo tạm ngừng trong nhóm Zalo: trên máy chủ, tệp phiên đăng nhập Zalo của chibo để người khác đọc được, nên chibo không dùng. Không cần quét lại mã QR: xin báo người quản trị máy chủ chibo để họ chỉ cho chibo đọc tệp đó rồi khởi động lại chibo.
zalo-session-back = ✅ chibo đã hoạt động lại trong nhóm Zalo. Các tin nhắn chờ sẽ được gửi tiếp.
zalo-befriend = 💡 Để chibo nhắn riêng được cho đồng chí (nhắc họp, nhắc đăng ký), xin kết bạn Zalo với tài khoản chibo: ở đầu cuộc trò chuyện này, chọn "Kết bạn".
zalo-befriend-group = 💡 { $name }: để chibo nhắn riêng được cho đồng chí, xin kết bạn Zalo với tài khoản chibo (mở trò chuyện riêng với chibo, chọn "Kết bạn").
zalo-session-expired = ⚠️ Phiên đăng nhập Zalo của chibo đã hết hạn. chibo tạm ngừng trong nhóm Zalo. Xin báo người quản trị máy chủ chibo đăng nhập lại Zalo cho chibo (cần điện thoại của tài khoản chibo để quét mã QR).
zalo-login-scan = Mở Zalo trên điện thoại của tài khoản chibo, chọn quét mã QR và quét mã trên (hoặc ảnh { $file }).
zalo-login-expired = Mã QR đã hết hạn; đang tạo mã mới.
zalo-login-scanned = Đã quét bởi { $name }. Xin bấm xác nhận đăng nhập trên điện thoại.
zalo-login-declined = Đăng nhập bị từ chối trên điện thoại. Chạy lại lệnh để thử lần nữa.
zalo-login-saved = Đã đăng nhập. Phiên được lưu ở { $file } (chỉ chủ tệp đọc được). Đặt ZALO_ENABLED=true rồi khởi động lại chibo.
zalo-status-never = Zalo chưa từng chạy trên cơ sở dữ liệu này.
zalo-status-ok = Zalo: đang hoạt động (từ { $since }).
zalo-status-reconnecting = Zalo: mất kết nối, đang kết nối lại (từ { $since }, mã { $detail }).
zalo-status-kicked = Zalo: bị đăng xuất lúc { $since } vì tài khoản đăng nhập ở nơi khác (mã { $detail }). Chạy: npm run cli -- zalo login
zalo-status-unreachable = Zalo: không kết nối được từ { $since } (mã { $detail }); chibo vẫn đang thử lại. Kiểm tra mạng của máy chủ; không cần đăng nhập lại.
zalo-status-duplicate = Zalo: dừng lúc { $since } vì có một chương trình chibo khác dùng cùng phiên (mã { $detail }). Không cần đăng nhập lại: tắt bớt một chương trình rồi khởi động lại.
zalo-status-expired = Zalo: phiên hết hạn hoặc không đăng nhập được lúc { $since } ({ $detail }). Chạy: npm run cli -- zalo login
zalo-status-unprotected = Zalo: không chạy từ { $since }: tệp phiên đăng nhập (ZALO_CREDENTIALS_PATH) để người khác đọc được. Chạy chmod 600 với tệp đó rồi khởi động lại chibo; không cần đăng nhập lại.
zalo-no-session = chưa có phiên đăng nhập (chưa chạy zalo login)
zalo-session-open = tệp phiên đăng nhập để người khác đọc được; xin chạy chmod 600 với tệp đó
zalo-session-bad = tệp phiên đăng nhập bị hỏng
zalo-login-failed = Zalo không nhận phiên đăng nhập đã lưu
config-error-zalo-gap = khoảng cách giữa hai tin nhắn Zalo phải từ 500 đến 60000 mili giây

## /lienket

help-lienket = dùng cả Telegram và Zalo với cùng một hồ sơ
lienket-code = Mã liên kết của đồng chí: <b>{ $code }</b> (dùng một lần, hết hạn lúc { $until }). Trên nền tảng kia (Zalo hoặc Telegram), nhắn riêng cho chibo: <b>/lienket { $code }</b>
lienket-done = Đã liên kết. Tài khoản này là của đồng chí { $name }: cùng bản đăng ký, cùng điểm danh.
lienket-not-member = Đồng chí chưa có trong danh sách chi bộ nào. Xin vào nhóm chi bộ và gõ /thamgia Họ và tên trước.
lienket-already-member = Tài khoản này đã có trong danh sách chi bộ. Nếu đó là nhầm lẫn, xin bí thư chuyển hồ sơ giúp.
lienket-same-platform = Mã này là để dùng trên nền tảng kia (Zalo hoặc Telegram), không phải nền tảng đồng chí đã dùng.
lienket-bad-code = Mã không đúng hoặc đã hết hạn. Xin gõ /lienket ở tài khoản kia để lấy mã mới.

## /xuatbaocao và /tonghop

help-xuatbaocao = nhận báo cáo Word, bảng tính Excel và biểu đồ để nộp lên
xuatbaocao-menu = Chọn tệp cần nhận (gửi trong chat riêng này):
xuatbaocao-choice-registration = 📄 Báo cáo đăng ký học tập và làm theo (Word)
xuatbaocao-choice-minutes = 📄 Biên bản buổi họp gần nhất (Word)
xuatbaocao-choice-quarter = 📄 Báo cáo kết quả Quý { $quarter } (Word)
xuatbaocao-choice-year = 📄 Báo cáo kết quả năm { $year } (Word)
xuatbaocao-choice-workbook = 📊 Bảng tính danh sách, điểm danh, bình chọn (Excel)
xuatbaocao-choice-charts = 📈 Biểu đồ
xuatbaocao-choice-all = 📦 Tất cả
xuatbaocao-file-registration = Báo cáo kết quả đăng ký năm { $year }, theo mẫu văn bản của Đảng. Kiểm tra, điền số và ký trước khi nộp.
xuatbaocao-file-minutes = Dự thảo biên bản buổi họp gần nhất. Thư ký bổ sung nội dung rồi ký.
xuatbaocao-file-quarter = Báo cáo kết quả quý.
xuatbaocao-file-year = Báo cáo kết quả năm { $year }.
xuatbaocao-file-workbook = Bảng tính năm { $year }: danh sách và bản đăng ký, điểm danh từng buổi, kết quả bình chọn.
xuatbaocao-file-chart-registration = Biểu đồ tiến độ đăng ký.
xuatbaocao-file-chart-attendance = Biểu đồ điểm danh từng buổi họp.
xuatbaocao-file-chart-poll = Biểu đồ kết quả bình chọn gần nhất.
xuatbaocao-no-meeting = Chưa có buổi họp nào kết thúc, nên chưa có biên bản.
baocao-choice-files = 📎 Nhận tệp báo cáo (Word, Excel, biểu đồ)
baocao-chart = Tiến độ đăng ký:
baocao-next-meeting = Buổi họp tới: { $kind }, { $when }, tại { $place }.
help-tonghop = tổng hợp các chi bộ của đảng ủy (cho cán bộ đảng ủy)
tonghop-header = <b>Tổng hợp { $committee } năm { $year }</b> (đến { $day })
tonghop-cell = { $code } { $name }: đăng ký { $registered }/{ $members }, họp { $meetings } buổi, dự họp { $attendance }
tonghop-cell-behind = ⚠️ { $code } { $name }: đăng ký { $registered }/{ $members }, họp { $meetings } buổi, dự họp { $attendance } (chậm)
tonghop-totals = <b>Cộng { $cells } chi bộ:</b> đăng ký { $registered }/{ $members }, { $meetings } buổi họp. Chi bộ chậm: { $behind }.
tonghop-choice-docx = 📄 Báo cáo tổng hợp (Word)
tonghop-choice-xlsx = 📊 Bảng tổng hợp (Excel)
tonghop-file = Tệp tổng hợp:
tonghop-codes = Mời thêm cán bộ đảng ủy, cấp mã để một chi bộ gắn vào đảng ủy, hoặc đặt đảng bộ và địa danh cho văn bản của các chi bộ:
tonghop-choice-invite = ➕ Mời thêm cán bộ đảng ủy
tonghop-choice-cell-code = 🔗 Mã cho chi bộ
tonghop-choice-documents = 📄 Đảng bộ, địa danh trong văn bản
tonghop-documents-show =
    <b>Văn bản của các chi bộ thuộc { $committee }</b> (biên bản, báo cáo)
    Đảng bộ ở đầu văn bản: { $partyOrganisation }
    Địa danh ở dòng ngày tháng: { $place }
    Chi bộ nào đặt giá trị riêng trong /caidat thì văn bản của chi bộ đó theo giá trị riêng.
tonghop-documents-unset = chưa đặt
tonghop-choice-edit-partyOrganisation = ✏️ Đảng bộ ở đầu văn bản
tonghop-choice-edit-place = ✏️ Địa danh
tonghop-choice-clear = 🗑 Xóa giá trị đảng ủy đã đặt
tonghop-ask-partyOrganisation = Đầu văn bản của các chi bộ thuộc { $committee } ghi tên đảng bộ cấp trên, ví dụ: ĐẢNG BỘ PHƯỜNG PHÚ HÒA. Xin gõ dòng đó (tối đa { $max } ký tự). Gõ /huy để hủy.
tonghop-ask-place = Địa danh đứng trước ngày tháng trong văn bản của các chi bộ thuộc { $committee }, ví dụ «Phú Hòa» trong «Phú Hòa, ngày 06 tháng 12 năm 2026». Xin gõ địa danh (tối đa { $max } ký tự). Gõ /huy để hủy.
tonghop-documents-saved = ✅ Đã lưu. { $inheriting }/{ $cells } chi bộ thuộc { $committee } chưa đặt giá trị riêng nên văn bản của các chi bộ đó in giá trị này.
tonghop-documents-saved-no-cells = ✅ Đã lưu. { $committee } chưa có chi bộ nào; chi bộ gắn vào sau sẽ in giá trị này nếu không đặt giá trị riêng.
tonghop-documents-cleared = ✅ Đã xóa giá trị đảng ủy đã đặt. { $inheriting }/{ $cells } chi bộ thuộc { $committee } chưa đặt giá trị riêng nên văn bản của các chi bộ đó để dòng chấm, điền tay khi in.
tonghop-documents-cleared-no-cells = ✅ Đã xóa giá trị đảng ủy đã đặt. { $committee } chưa có chi bộ nào.
tonghop-invite-code = Mã mời cán bộ { $committee }: <b>{ $code }</b> (dùng một lần, đến { $until }). Xin gửi mã cho đồng chí được mời; đồng chí đó nhắn riêng cho chibo: <b>/tonghop { $code }</b>
tonghop-cell-code = Mã để một chi bộ gắn vào { $committee }: <b>{ $code }</b> (dùng một lần, đến { $until }). Xin gửi mã cho bí thư chi bộ. Bí thư nhắn riêng cho chibo /caidat, chọn «Cấp ủy cấp trên» rồi gõ mã; chi bộ chưa khởi tạo thì gõ trong nhóm: <b>/khoitao Tên chi bộ { $code }</b>
tonghop-not-officer = Lệnh này dành cho cán bộ đảng ủy. Cán bộ đảng ủy xin mã mời từ một cán bộ đảng ủy đã dùng chibo (cán bộ đầu tiên: từ người quản trị chibo), rồi nhắn riêng cho chibo: /tonghop MÃ.
tonghop-bad-code = Mã không đúng hoặc đã hết hạn. Mỗi mã chỉ dùng được một lần; xin người mời đồng chí cấp mã mới.
tonghop-claimed = Đồng chí đã được ghi là cán bộ của { $committee }. Gõ /tonghop để xem tổng hợp.
tonghop-claimed-moved = Đồng chí đã được ghi là cán bộ của { $committee }, không còn là cán bộ của { $before }. Gõ /tonghop để xem tổng hợp.
tonghop-already-officer = Đồng chí đã là cán bộ của { $committee }; mã vẫn còn dùng được cho người khác. Gõ /tonghop để xem tổng hợp.

## Nút riêng tư, việc dở dang, mã, rời nhóm, giao bí thư

choice-private-only = Lựa chọn này chỉ dùng trong chat riêng với chibo, vì nó hiện hoặc sửa thông tin của từng người.
dialog-busy = Đồng chí đang làm dở /{ $open }. Làm tiếp việc đó, hay hủy nó để bắt đầu /{ $wanted }?
dialog-choice-resume = Làm tiếp /{ $open }
dialog-choice-switch = Hủy /{ $open }, sang /{ $wanted }
dialog-resumed = Tiếp tục phần đang làm dở:
dialog-left = Đã hủy phần đang làm dở của /{ $open }, chưa lưu gì của phần đó.
forwarded-ignored = chibo không nhận tin nhắn chuyển tiếp làm câu trả lời, vì đó là lời của người khác. Xin đồng chí tự gõ câu trả lời của mình.
code-locked = Đồng chí đã nhập sai mã nhiều lần. Để giữ an toàn, xin chờ đến { $until } rồi thử lại.
thanhvien-entry-left = { $name } — { $role }, { $status } (đã rời nhóm)
thanhvien-member-left = Đã rời nhóm "{ $group }" lúc { $day }.
thanhvien-left-group = { $name } đã rời nhóm "{ $group }" (hoặc bị mời ra). Đồng chí ấy chuyển sinh hoạt đi nơi khác, hay vẫn ở chi bộ và chỉ rời nhóm chat? Đến khi đồng chí trả lời, danh sách vẫn tính { $name }.
thanhvien-choice-left-moved = Chuyển đi
thanhvien-choice-left-stays = Vẫn ở chi bộ (chỉ rời nhóm)
thanhvien-left-stays = Đã ghi: { $name } vẫn ở chi bộ, chỉ rời nhóm chat.
thanhvien-handover-ask = Giao vai trò bí thư cho { $name }? Đồng chí sẽ không còn là bí thư mà là đảng viên; bí thư mới có thể giao vai trò khác cho đồng chí sau.
thanhvien-choice-handover-yes = Đồng ý
thanhvien-choice-handover-no = Không
thanhvien-handed-over = Đã giao vai trò bí thư cho { $name }. Đồng chí nay là đảng viên.
thanhvien-handover-kept = Không đổi. Vai trò của mọi người vẫn như cũ.
thanhvien-now-secretary = Đồng chí đã được giao vai trò bí thư { $cell }. Gõ /thanhvien để xem danh sách, /help để xem các việc của bí thư.
thanhvien-add-hint = Thêm người chưa có tài khoản chat: gõ /thanhvien them Họ và tên, ví dụ /thanhvien them Nguyễn Văn An, dự bị
thanhvien-entry-no-account = { $name } — { $role }, { $status } (chưa có tài khoản chat)
thanhvien-member-no-account = { $name } chưa có tài khoản chat: chibo không nhắn riêng được, bí thư điểm danh hộ. Khi đồng chí ấy có tài khoản, lấy mã nhận hồ sơ ở dưới và đưa riêng cho đồng chí ấy.
thanhvien-choice-claim-code = 🔑 Lấy mã nhận hồ sơ
thanhvien-choice-remove = 🗑 Xóa (ghi nhầm)
thanhvien-claim-code = Mã nhận hồ sơ của { $name }: <b>{ $code }</b> (dùng một lần, hết hạn lúc { $until }). Xin đưa riêng mã này cho đồng chí ấy. Khi đã vào nhóm chat của chi bộ bằng tài khoản của mình, đồng chí ấy gõ trong nhóm: <b>/thamgia { $code }</b>
thanhvien-claim-has-account = { $name } đã có tài khoản chat, không cần mã nhận hồ sơ.
thanhvien-secretary-needs-account = { $name } chưa có tài khoản chat, nên chibo không nhắn được việc của bí thư. Xin đồng chí ấy nhận hồ sơ bằng tài khoản chat trước, rồi mới giao vai trò bí thư.
thanhvien-add-usage = Gõ /thanhvien them kèm họ và tên đầy đủ, ví dụ: /thanhvien them Nguyễn Văn An. Có thể ghi thêm tình trạng và vai trò, cách nhau bằng dấu phẩy: /thanhvien them Nguyễn Văn An, dự bị, chi ủy viên
thanhvien-add-name-empty = Chưa thấy họ tên. Gõ ví dụ: /thanhvien them Nguyễn Văn An
thanhvien-add-name-too-long = Họ tên dài quá { $max } ký tự. Xin gõ lại họ và tên đầy đủ, ngắn gọn. Chưa lưu gì.
thanhvien-add-name-characters = Họ tên chỉ gồm chữ cái và dấu cách. Gõ ví dụ: /thanhvien them Nguyễn Văn An. Chưa lưu gì.
thanhvien-add-name-one-word = Xin gõ đủ họ và tên (ít nhất hai chữ), ví dụ: /thanhvien them Nguyễn Văn An. Chưa lưu gì.
thanhvien-add-unknown = Chưa hiểu "{ $word }". Sau họ tên có thể ghi tình trạng (chính thức, dự bị, nghỉ hưu, miễn sinh hoạt) và vai trò (đảng viên, chi ủy viên, phó bí thư), cách nhau bằng dấu phẩy. Ví dụ: /thanhvien them Nguyễn Văn An, dự bị. Chưa lưu gì.
thanhvien-add-twice = "{ $word }": đã ghi tình trạng hoặc vai trò này một lần rồi; mỗi người một tình trạng, một vai trò. Xin gõ lại. Chưa lưu gì.
thanhvien-added = Đã thêm <b>{ $name }</b> vào danh sách { $cell }, chưa có tài khoản chat. Từ nay đồng chí ấy được tính trong báo cáo, điểm danh và biên bản.
thanhvien-added-namesake = ⚠️ Trong danh sách đã có người tên { $name }. Nếu là cùng một người, chọn "Xóa (ghi nhầm)" ở dưới.
thanhvien-remove-ask = Xóa { $name } khỏi danh sách? Chỉ dùng khi ghi nhầm; người chuyển sinh hoạt đi nơi khác thì chọn tình trạng "chuyển đi".
thanhvien-choice-remove-yes = Xóa
thanhvien-choice-remove-no = Hủy
thanhvien-removed = Đã xóa { $name } khỏi danh sách.
thanhvien-remove-has-records = Không xóa được { $name }: đã có điểm danh hoặc biên bản ghi tên đồng chí ấy. Nếu đồng chí ấy chuyển đi, chọn tình trạng "chuyển đi".
thanhvien-transferred-accounts = Đã xóa { $count } tài khoản chat của { $name } khỏi chibo: chibo không nhận ra và không nhắn cho đồng chí ấy nữa. Danh sách vẫn giữ tên { $name } (chuyển đi) cùng điểm danh, biên bản, kế hoạch đã ghi. Nếu chọn nhầm: đổi lại tình trạng, rồi lấy mã nhận hồ sơ đưa riêng cho đồng chí ấy.

## Dừng tiến trình (npm start)

stop-conflict = Telegram cho biết một tiến trình khác vừa nhận tin nhắn của bot này (409 Conflict). Mỗi bot chỉ chạy được một tiến trình, nên tiến trình này dừng lại để tiến trình kia làm tiếp, cả lịch nhắc việc. Nếu không định chạy hai tiến trình, hãy tìm nơi còn chạy chibo với cùng TELEGRAM_BOT_TOKEN.
stop-token-refused = Telegram không nhận TELEGRAM_BOT_TOKEN (mã { $code }). Hãy kiểm tra token BotFather đã đưa và, nếu có đặt, TELEGRAM_API_ROOT.

## /nhapdanhsach: nhập danh sách đảng viên từ tệp; tệp gửi cho chibo

help-nhapdanhsach = nhập danh sách đảng viên từ tệp Excel hoặc CSV
nhapdanhsach-ask =
    Gửi vào chat này tệp danh sách đảng viên { $cell } (Excel .xlsx hoặc .csv, đến { $megabytes } MB).
    Tệp cần cột "Họ và tên"; có thể có cột "Vai trò" (hoặc "Chức vụ") và "Tình trạng": chính thức, dự bị, miễn sinh hoạt, nghỉ hưu.
    chibo cho xem trước; chưa lưu gì cho đến khi đồng chí chọn Lưu. Gõ /huy để hủy.
nhapdanhsach-waiting = chibo đang chờ tệp danh sách đảng viên (.xlsx hoặc .csv): gửi tệp vào chat này, hoặc gõ /huy để hủy.
nhapdanhsach-no-file-name = tệp không tên
nhapdanhsach-empty = Tệp "{ $file }" trống. Chưa lưu gì.
nhapdanhsach-old-excel = "{ $file }" là tệp Excel đời cũ (.xls), chibo chưa đọc được. Mở tệp bằng Excel, chọn Lưu thành (Save As), kiểu "Excel Workbook (.xlsx)", rồi gửi tệp mới. Chưa lưu gì.
nhapdanhsach-not-a-spreadsheet = "{ $file }" không phải bảng tính. Xin gửi tệp Excel (.xlsx) hoặc CSV. Chưa lưu gì.
nhapdanhsach-not-utf8 = Tệp CSV "{ $file }" không ghi chữ bằng bảng mã UTF-8, nên chibo không đọc đúng chữ có dấu. Trong Excel chọn Lưu thành (Save As), kiểu "CSV UTF-8", hoặc gửi thẳng tệp .xlsx. Chưa lưu gì.
nhapdanhsach-damaged = Tệp "{ $file }" bị hỏng, chibo không mở được. Xin mở bằng Excel, lưu lại rồi gửi lại. Chưa lưu gì.
nhapdanhsach-no-name-column = Trong "{ $file }" chibo không thấy cột "Họ và tên" (tìm ở { $rows } dòng đầu mỗi trang tính). Xin đặt tên cột đó là "Họ và tên" rồi gửi lại. Chưa lưu gì.
nhapdanhsach-no-rows = "{ $file }" có cột "Họ và tên" nhưng bên dưới chưa có tên ai. Chưa lưu gì.
nhapdanhsach-too-many-rows = "{ $file }" có hơn { $max } dòng tên, nhiều hơn một chi bộ. Xin gửi riêng danh sách của chi bộ mình. Chưa lưu gì.
nhapdanhsach-preview = <b>Xem trước</b> "{ $file }": { $rows } dòng có tên. Chưa lưu gì.
nhapdanhsach-preview-sheet = <b>Xem trước</b> "{ $file }", trang tính "{ $sheet }": { $rows } dòng có tên. Chưa lưu gì.
nhapdanhsach-preview-add = ➕ Thêm { $count } người ({ $kinds }), ghi là chưa có tài khoản chat.
nhapdanhsach-kinds = { $first }, { $rest }
nhapdanhsach-kind-full = { $count } chính thức
nhapdanhsach-kind-probationary = { $count } dự bị
nhapdanhsach-kind-exempt = { $count } miễn sinh hoạt
nhapdanhsach-kind-retired = { $count } nghỉ hưu
nhapdanhsach-kind-transferred = { $count } chuyển đi
nhapdanhsach-preview-no-status = Tệp không có cột tình trạng: mọi người được ghi là chính thức; sửa từng người trong /thanhvien.
nhapdanhsach-preview-on-roster = ✔️ Đã có trong danh sách, không thêm lại ({ $count }): dòng { $rows }
nhapdanhsach-preview-repeated = ⚠️ Trùng tên trong tệp, chỉ lấy dòng đầu ({ $count }): dòng { $rows }
nhapdanhsach-preview-unknown-status = ⚠️ Không rõ tình trạng, không thêm ({ $count }): dòng { $rows }
nhapdanhsach-preview-not-a-name = ⚠️ Không phải họ tên đầy đủ, không thêm ({ $count }): dòng { $rows }
nhapdanhsach-preview-role-kept = ⚠️ Vai trò bí thư, phó bí thư không lấy từ tệp ({ $count }): dòng { $rows }; thêm là đảng viên, giao vai trò trong /thanhvien.
nhapdanhsach-preview-similar = ⚠️ Gần giống tên người đã có, vẫn thêm ({ $count }): dòng { $rows }; nếu là cùng một người, xóa dòng đó khỏi tệp.
nhapdanhsach-preview-ask = Lưu { $count } người mới vào danh sách chi bộ?
nhapdanhsach-preview-nobody = Không có ai mới để thêm. Sửa tệp rồi gửi lại, hoặc gõ /huy.
nhapdanhsach-choice-save = ✅ Đã đồng ý trên giấy, lưu
nhapdanhsach-choice-rows = 📄 Xem từng dòng
nhapdanhsach-choice-cancel = Hủy, không lưu
nhapdanhsach-rows = <b>"{ $file }"</b>, từng dòng { $page }
nhapdanhsach-row-add = { $row }. { $name } — { $role }, { $status }
nhapdanhsach-row-role-kept = { $row }. { $name } — { $status }; trong tệp là { $role }, thêm là đảng viên
nhapdanhsach-row-similar = { $row }. { $name } — { $role }, { $status }; gần giống { $other } đã có trong danh sách
nhapdanhsach-row-on-roster = { $row }. { $name } — đã có trong danh sách
nhapdanhsach-row-repeated = { $row }. { $name } — trùng dòng { $first }
nhapdanhsach-row-unknown-status = { $row }. { $name } — tình trạng "{ $text }" không rõ
nhapdanhsach-row-no-status = { $row }. { $name } — chưa ghi tình trạng
nhapdanhsach-row-not-a-name = { $row }. "{ $text }" — { $why }
nhapdanhsach-why-empty = trống
nhapdanhsach-why-too-long = dài quá
nhapdanhsach-why-characters = có ký tự không phải chữ
nhapdanhsach-why-one-word = chỉ có một chữ, cần cả họ và tên
nhapdanhsach-why-not-a-name = không phải họ tên
nhapdanhsach-saved = Đã thêm { $count } người vào danh sách { $cell }, ghi là chưa có tài khoản chat. Từ nay họ được tính trong báo cáo, điểm danh và biên bản; xem trong /thanhvien.
nhapdanhsach-saved-meanwhile = { $count } người đã vào danh sách từ lúc xem trước, nên không thêm lại.
nhapdanhsach-nobody-to-save = Không còn ai mới để thêm: những người trong tệp đã có trong danh sách. Chưa lưu gì.
nhapdanhsach-cancelled = Đã hủy. Danh sách chi bộ không đổi.
file-too-large = Tệp lớn quá: chibo chỉ đọc tệp đến { $megabytes } MB. Chưa lưu gì.
file-not-fetched = chibo chưa tải được tệp này. Xin gửi lại sau ít phút.
file-unreadable = chibo không đọc được tệp này. Xin gửi tệp Excel (.xlsx) hoặc CSV.
console-no-file = Không có tệp { $path } trên máy này.
