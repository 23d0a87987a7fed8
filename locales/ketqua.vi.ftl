help-ketqua = báo cáo kết quả thực hiện kế hoạch cuối năm

## /ketqua: kết quả thực hiện kế hoạch cá nhân, và mức xếp loại tự đề xuất

ketqua-intro =
    <b>Báo cáo kết quả thực hiện kế hoạch năm { $year }</b>
    chibo hỏi lần lượt ba phần, rồi đồng chí tự nhận mức xếp loại. Báo cáo chỉ được lưu khi đồng chí chọn Gửi; gõ /huy để hủy.
ketqua-no-plan = Đồng chí chưa đăng ký kế hoạch năm { $year }, nên không có gì để đối chiếu. Đồng chí vẫn báo cáo được những việc đã làm ở từng phần; chi bộ sẽ thấy đồng chí chưa đăng ký.
ketqua-resume = Tiếp tục phần báo cáo đang làm dở:
ketqua-restart = Phần báo cáo đồng chí làm dở đã để quá lâu nên chibo đã xóa. Gõ /ketqua để làm lại từ đầu.
ketqua-existing = Đồng chí đã gửi báo cáo kết quả năm { $year }. Đây là bản đang lưu; có thể sửa đến hết ngày { $due }.
ketqua-agreed = Chi bộ đã thống nhất mức xếp loại của đồng chí: <b>{ $level }</b>. Nếu đồng chí sửa báo cáo, mức này vẫn giữ nguyên.
ketqua-exempt = Đồng chí được miễn sinh hoạt đảng, nên không phải báo cáo kết quả thực hiện kế hoạch.
ketqua-retired = Chi bộ không yêu cầu đảng viên nghỉ hưu đăng ký kế hoạch, nên đồng chí không phải báo cáo kết quả.
ketqua-not-open = Chưa đến lúc báo cáo kết quả năm { $year }: chibo nhận từ ngày { $opens } đến hết ngày { $due }. Đến lúc đó chibo sẽ nhắn để đồng chí biết.
ketqua-closed = Đã hết hạn báo cáo kết quả năm { $year } ({ $due }). Bản đồng chí đã gửi vẫn giữ nguyên; muốn sửa, xin liên hệ { $contact }.
ketqua-closed-none = Đã hết hạn báo cáo kết quả năm { $year } ({ $due }) mà đồng chí chưa gửi báo cáo. Xin liên hệ { $contact }.
ketqua-contact-secretary = đồng chí { $name }, bí thư chi bộ
ketqua-contact-cell = chi ủy
ketqua-part-header = <b>Phần { $step }/3 — { $label }</b>
ketqua-plan = Kế hoạch đã đăng ký: <i>{ $text }</i>
ketqua-plan-none = Phần này đồng chí chưa đăng ký kế hoạch.
ketqua-progress-none = Trong năm đồng chí chưa báo tiến độ phần này.
ketqua-progress-title = Tiến độ đã báo trong năm:
ketqua-progress-earlier = (và { $count } lần báo trước đó)
ketqua-progress-note = • { $day }: { $status }
ketqua-progress-note-text = • { $day }: { $status } — <i>{ $note }</i>
ketqua-status-done = đã xong
ketqua-status-underway = đang làm
ketqua-status-notYet = chưa làm
ketqua-status-with-photo = { $status }, có ảnh
ketqua-ask-outcome = Đến nay phần này đồng chí làm được đến đâu? (Có thể gõ: xong, một phần, chưa.)
ketqua-outcome-unclear = chibo chưa hiểu ý đồng chí. Phần này đã xong, làm được một phần, hay chưa làm?
ketqua-outcome-done = ✅ Đã xong
ketqua-outcome-partly = 🟡 Làm được một phần
ketqua-outcome-notDone = ❌ Chưa làm được
ketqua-ask-text = Đồng chí đã làm được những gì? Xin viết vài câu ngắn, cụ thể: việc gì, bao nhiêu, khi nào.
ketqua-ask-why-partly = Phần nào chưa làm được, vì sao? Xin viết ngắn gọn.
ketqua-ask-why = Vì sao phần này chưa làm được? Xin viết ngắn gọn.
ketqua-ask-footer = Viết dưới { $max } ký tự. Gõ /huy để hủy.
ketqua-current = Hiện đang ghi: <i>{ $text }</i>. Gõ nội dung mới để thay, hoặc chọn Giữ nguyên.
ketqua-choice-as-planned = Làm đúng như kế hoạch
ketqua-choice-keep = Giữ nguyên
ketqua-answer-empty = Chưa thấy nội dung. Xin viết vài câu ngắn.
ketqua-answer-no-words = Phần này cần viết bằng chữ (chỉ có số hay biểu tượng cảm xúc thì chưa đủ). Xin viết vài câu ngắn.
ketqua-answer-too-long = Phần này dài { $length } ký tự; xin viết gọn, dưới { $max } ký tự.
ketqua-ask-level =
    <b>Tự nhận mức xếp loại</b>
    Căn cứ { $rule }, đồng chí tự nhận mức xếp loại nào? Chi bộ sẽ xem xét, thống nhất sau.
ketqua-choice-level = { $name }
ketqua-level-unclear = chibo chưa hiểu mức “{ $typed }”. Xin chọn một trong bốn mức dưới đây.
ketqua-review-title = <b>Xem lại báo cáo kết quả năm { $year }</b>
ketqua-review-part = <b>{ $step }. { $label }: { $outcome }.</b> { $text }
ketqua-review-part-why = <b>{ $step }. { $label }: { $outcome }.</b> { $text } Lý do chưa làm được: { $why }
ketqua-review-part-not-done = <b>{ $step }. { $label }: { $outcome }.</b> Lý do: { $why }
ketqua-review-level = Tự nhận mức xếp loại: <b>{ $level }</b>
ketqua-review-use-choices = Báo cáo đã đủ ba phần. Xin chọn Gửi báo cáo, hoặc chọn phần muốn sửa:
ketqua-choice-confirm = ✅ Gửi báo cáo
ketqua-choice-edit = Sửa phần { $step } ({ $label })
ketqua-choice-change-level = Đổi mức tự nhận
ketqua-choice-cancel = Hủy
ketqua-cancelled = Đã hủy, chưa lưu gì. Gõ /ketqua khi muốn làm lại.
ketqua-cancelled-kept = Đã hủy phần đang sửa. Báo cáo đã gửi vẫn giữ nguyên.
ketqua-unchanged = Báo cáo không thay đổi gì, vẫn giữ như bản đã gửi.
ketqua-saved = ✅ Đã gửi báo cáo kết quả năm { $year }, tự nhận mức <b>{ $level }</b>. Chi bộ sẽ xem xét, thống nhất mức xếp loại. Đồng chí có thể sửa đến hết ngày { $due } bằng /ketqua.
ketqua-updated = ✅ Đã lưu bản sửa báo cáo kết quả năm { $year }, tự nhận mức <b>{ $level }</b>. Có thể sửa tiếp đến hết ngày { $due }.
ketqua-agreed-kept = Chi bộ đã thống nhất mức <b>{ $level }</b> ngày { $day }; mức đó vẫn giữ nguyên. Muốn chi bộ xem lại, xin đồng chí báo với bí thư chi bộ.
ketqua-edited-notice = Đồng chí { $name } đã sửa báo cáo kết quả năm { $year } sau khi chi bộ thống nhất mức xếp loại. Mức chi bộ đã thống nhất vẫn giữ nguyên; xem lại bằng /danhgia.
ketqua-reported-notice = Đồng chí { $name } đã gửi báo cáo kết quả năm { $year } sau khi chi bộ thống nhất mức xếp loại. Mức chi bộ đã thống nhất vẫn giữ nguyên; xem lại bằng /danhgia.

## Nhắc báo cáo kết quả (results-reminder)

job-results-private = ⏰ { $days ->
        [0] Hôm nay là hạn cuối
       *[other] Còn { $days } ngày đến hạn
    } báo cáo kết quả thực hiện kế hoạch năm { $year } ({ $deadline }). Đồng chí chưa gửi: gõ /ketqua, chỉ mất vài phút.
job-results-group = ⏰ { $days ->
        [0] Hôm nay là hạn cuối
       *[other] Còn { $days } ngày đến hạn
    } báo cáo kết quả thực hiện kế hoạch năm { $year } ({ $deadline }). Đã gửi: { $reported }/{ $members } đồng chí. Đồng chí nào chưa gửi, xin nhắn riêng cho chibo /ketqua.
job-results-group-names = chibo chưa nhắn riêng được cho các đồng chí: { $names }. Xin các đồng chí nhắn riêng cho chibo một tin để nhận nhắc nhở.
