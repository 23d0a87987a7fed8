## /caidat: the overview, and the settings of the cell's meetings (issue 18)

caidat-show =
    <b>Cài đặt của { $cell }</b>
    Tự động duyệt người tham gia: { $autoApprove }. Đảng viên nghỉ hưu đăng ký kế hoạch: { $retiredRegister }
    Cấp ủy cấp trên: { $committee }
    <b>Họp chi bộ</b>: mỗi buổi { $meetingMinutes }, kết hợp chuyên đề { $combinedMeetingMinutes }; thông báo trước { $meetingNoticeDays }, nhắc tài liệu trước { $meetingMaterialsDays }
    <b>Văn bản chibo soạn</b> (biên bản, báo cáo)
    Đảng bộ ở đầu văn bản: { $partyOrganisation }
    Địa danh ở dòng ngày tháng: { $place }
    Chủ trì họp: { $defaultChair }
    Thư ký họp: { $defaultMinuteTaker }
caidat-value-default = { $value } (mặc định)
caidat-value-inherited = { $value } (theo cấp ủy)
caidat-minutes = { $count } phút
caidat-days = { $count } ngày
caidat-choice-meetings = 🕒 Họp chi bộ: thời lượng, thông báo
caidat-meetings-menu = Đổi mục nào của họp chi bộ?
caidat-choice-meetingMinutes = ⏱ Thời lượng mỗi buổi họp
caidat-choice-combinedMeetingMinutes = ⏱ Thời lượng buổi kết hợp chuyên đề
caidat-choice-meetingNoticeDays = 📣 Gửi thông báo họp trước mấy ngày
caidat-choice-meetingMaterialsDays = 📎 Nhắc gửi tài liệu trước mấy ngày
caidat-choice-inherit = ↩️ Theo cấp ủy hoặc mặc định
caidat-inherit-typed = Muốn xóa giá trị chi bộ đã đặt để theo cấp ủy hoặc mặc định, xin gõ: mặc định
caidat-ask-meetingMinutes = Mỗi buổi họp chi bộ (định kỳ hoặc chuyên đề) kéo dài bao nhiêu phút? Hiện nay: { $now }. Xin ghi thời lượng từ { $min } đến { $max } phút, ví dụ: 90. Gõ /huy để hủy.
caidat-ask-combinedMeetingMinutes = Buổi họp định kỳ kết hợp chuyên đề kéo dài bao nhiêu phút? Hiện nay: { $now }. Xin ghi thời lượng từ { $min } đến { $max } phút, ví dụ: 120. Gõ /huy để hủy.
caidat-ask-meetingNoticeDays = Thông báo buổi họp theo lịch hằng tháng gửi nhóm chi bộ và cấp ủy cấp trên trước mấy ngày? Hiện nay: { $now }. Xin ghi từ { $min } đến { $max } ngày. Gõ /huy để hủy.
caidat-ask-meetingMaterialsDays = Trước buổi họp mấy ngày mà chưa có tài liệu thì chibo nhắc bí thư? Hiện nay: { $now }. Xin ghi từ { $min } đến { $max } ngày. Gõ /huy để hủy.
caidat-number-empty-minutes = Chưa thấy số phút. Xin ghi từ { $min } đến { $max } phút, ví dụ: 90.
caidat-number-unreadable-minutes = Chưa đọc được số phút. Xin ghi từ { $min } đến { $max } phút, ví dụ: 90 hoặc 1 giờ 30; chưa lưu gì.
caidat-number-out-of-range-minutes = Thời lượng phải từ { $min } đến { $max } phút. Xin gõ lại; chưa lưu gì.
caidat-number-empty-days = Chưa thấy số ngày. Xin ghi từ { $min } đến { $max } ngày, ví dụ: 7.
caidat-number-unreadable-days = Chưa đọc được số ngày. Xin ghi từ { $min } đến { $max } ngày, ví dụ: 7; chưa lưu gì.
caidat-number-out-of-range-days = Số ngày phải từ { $min } đến { $max }. Xin gõ lại; chưa lưu gì.
caidat-combined-shorter = Buổi kết hợp chuyên đề ({ $combined } phút) không thể ngắn hơn buổi họp thường ({ $regular } phút). Xin gõ lại; chưa lưu gì.
caidat-saved-length = ✅ Đã lưu. Các buổi họp tạo từ nay theo thời lượng này; buổi đã có lịch giữ nguyên giờ.
caidat-below-guidance = Lưu ý: Hướng dẫn 42-HD/BTCTW yêu cầu buổi họp này ít nhất { $minutes } phút.

## npm run cli -- cell schedule / committee schedule: the meeting settings

cli-option-meeting-minutes = mỗi buổi họp kéo dài bao nhiêu phút, từ 30 đến 240
cli-option-combined-minutes = buổi định kỳ kết hợp chuyên đề kéo dài bao nhiêu phút, từ 30 đến 240
cli-option-notice-days = gửi thông báo họp trước bao nhiêu ngày, từ 1 đến 30
cli-option-materials-days = nhắc bí thư gửi tài liệu họp trước bao nhiêu ngày, từ 1 đến 14
cli-error-meeting-minutes = một số phút từ 30 đến 240, ví dụ 90
cli-error-combined-shorter = không ngắn hơn thời lượng mỗi buổi họp (--meeting-minutes): buổi định kỳ kết hợp chuyên đề là buổi dài hơn
cli-error-notice-days = một số ngày từ 1 đến 30, ví dụ 7
cli-error-materials-days = một số ngày từ 1 đến 14, ví dụ 2
