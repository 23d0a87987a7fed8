help-tailieu = gửi chương trình và tài liệu cho buổi họp sắp tới
tailieu-no-meeting = Chi bộ chưa có buổi sinh hoạt nào sắp tới. Xin lên lịch bằng /hop trước, rồi gửi tài liệu bằng /tailieu.
tailieu-pick = Gửi chương trình, tài liệu cho buổi sinh hoạt nào?
tailieu-pick--buttons = Gửi chương trình, tài liệu cho buổi sinh hoạt nào? Xin chọn bên dưới.
tailieu-pick--typed = Gửi chương trình, tài liệu cho buổi sinh hoạt nào? Xin gõ số của buổi đó.
tailieu-ask-agenda =
    📋 Tài liệu cho buổi sinh hoạt:
    { $meeting }

    Xin gõ <b>chương trình</b>, mỗi nội dung một dòng (nhiều nhất { $items } dòng). Nội dung đầu thường là: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
tailieu-ask-agenda-again = 📋 Tài liệu cho { $meeting }. Xin gõ <b>chương trình</b> mới, mỗi nội dung một dòng (nhiều nhất { $items } dòng), hoặc giữ chương trình đã gửi:
tailieu-choice-keep-agenda = Giữ chương trình đã gửi
tailieu-agenda-empty = Chưa thấy nội dung nào. Xin gõ chương trình, mỗi nội dung một dòng.
tailieu-agenda-too-many = Chương trình dài quá: nhiều nhất { $items } nội dung ({ $characters } ký tự mỗi nội dung). Xin gộp bớt rồi gõ lại.
tailieu-agenda-too-long = Có nội dung dài quá { $characters } ký tự (nhiều nhất { $items } nội dung). Xin viết gọn rồi gõ lại.
tailieu-agenda-too-much = Chương trình dài quá: cả chương trình nhiều nhất { $characters } ký tự, { $items } nội dung. Xin viết gọn rồi gõ lại.
tailieu-ask-file = Xin gửi <b>tệp tài liệu</b> (PDF, Word, Excel hoặc ảnh JPG, PNG; đến { $megabytes } MB) hoặc gõ đường link tới tài liệu.
tailieu-ask-file--buttons = Xin gửi <b>tệp tài liệu</b> (PDF, Word, Excel hoặc ảnh JPG, PNG; đến { $megabytes } MB) hoặc gõ đường link tới tài liệu. Không có thì bấm "Không có tài liệu kèm".
tailieu-ask-file--typed = Xin gửi <b>tệp tài liệu</b> (PDF, Word, Excel hoặc ảnh JPG, PNG; đến { $megabytes } MB) hoặc gõ đường link tới tài liệu. Không có thì gõ số của "Không có tài liệu kèm".
tailieu-choice-keep-file = Giữ tài liệu đã gửi
tailieu-choice-no-file = Không có tài liệu kèm
tailieu-link-bad = Đây không phải đường link. Xin gửi tệp tài liệu, hoặc gõ đường link bắt đầu bằng https://
tailieu-link-scheme = chibo chỉ nhận đường link http:// hoặc https://. Xin gõ lại, hoặc gửi tệp tài liệu.
tailieu-file-type = chibo chỉ nhận tệp PDF, Word (.docx, .doc), Excel (.xlsx) hoặc ảnh (.jpg, .png). Tệp này không phải loại đó, chưa lưu gì.
tailieu-photo-as-file = Ảnh gửi kiểu hình ảnh bị nén và chibo không giữ được. Xin gửi ảnh dưới dạng tệp (đính kèm tệp), hoặc gửi tệp PDF.
tailieu-file-early = Xin gõ chương trình trước; tệp tài liệu gửi sau.
tailieu-file-gone = Tệp { $name } không còn trên máy chủ của chibo nên chưa lưu được. Xin gửi lại tệp, hoặc gõ đường link tới tài liệu.
tailieu-review = Xin xem lại tài liệu cho { $meeting }:
tailieu-review-now = Khi lưu, chibo gửi ngay vào nhóm chi bộ.
tailieu-review-later = Khi lưu, tài liệu sẽ được gửi vào nhóm cùng thông báo buổi sinh hoạt.
tailieu-choice-save = ✅ Lưu
tailieu-choice-edit = ✏️ Gõ lại chương trình
tailieu-choice-cancel = ❌ Hủy
tailieu-use-choices = Xin chọn một trong các lựa chọn dưới đây.
tailieu-use-choices--buttons = Xin bấm một nút bên dưới.
tailieu-use-choices--typed = Xin trả lời bằng một số trong danh sách dưới đây.
tailieu-cancelled = Đã hủy, không lưu gì.
tailieu-saved-posted = Đã lưu và gửi tài liệu { $meeting } vào nhóm chi bộ.
tailieu-saved-later = Đã lưu tài liệu { $meeting }. Tài liệu sẽ được gửi vào nhóm cùng thông báo buổi sinh hoạt.
tailieu-meeting-started = Không gửi tài liệu được nữa: { $meeting } đã bắt đầu.
tailieu-meeting-gone = Không gửi tài liệu được nữa: { $meeting } đã hủy hoặc đã kết thúc.
tailieu-restart = Phiên gửi tài liệu đã hết. Gõ /tailieu để bắt đầu lại.
materials-posted = 📋 Tài liệu cho { $meeting }:
materials-agenda =
    Chương trình:
    { $agenda }
materials-link = 🔗 Tài liệu: { $link }
materials-file = 📎 Tệp tài liệu: { $name }
materials-reminder = Chưa có chương trình, tài liệu cho { $meeting } ({ $when }). Tài liệu cần đến đảng viên trước buổi sinh hoạt ít nhất một ngày: gõ /tailieu để gửi.
