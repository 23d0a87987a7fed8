## /tiendo: tiến độ thực hiện kế hoạch cá nhân trong năm

help-tiendo = cập nhật tiến độ thực hiện kế hoạch
tiendo-no-plan = Đồng chí chưa đăng ký kế hoạch năm { $year }, nên chưa có gì để báo tiến độ. Gõ /dangky để đăng ký; nếu đã hết hạn đăng ký, xin hỏi bí thư chi bộ.
tiendo-exempt = Đồng chí được miễn sinh hoạt đảng, nên không phải báo tiến độ.
tiendo-retired = Chi bộ không yêu cầu đảng viên nghỉ hưu đăng ký kế hoạch, nên đồng chí không phải báo tiến độ.
tiendo-resume = Tiếp tục phần báo tiến độ đang làm dở:
tiendo-restart = Phần báo tiến độ đồng chí làm dở đã để quá lâu nên chibo đã xóa. Gõ /tiendo để báo lại từ đầu.
tiendo-ask =
    <b>Tiến độ { $step }/3 — { $label }</b>
    Đồng chí đã đăng ký: <i>{ $plan }</i>
tiendo-first = Đây là lần đầu đồng chí báo phần này.
tiendo-last = Lần báo trước ({ $day }): { $status }.
tiendo-held-note = Đã nhận ghi chú: <i>{ $note }</i>
tiendo-held-photo = 📷 Đã nhận ảnh minh chứng.
tiendo-ask-footer = Đến nay phần này làm đến đâu? Chọn một dòng dưới đây, hoặc gõ: xong / đang làm / chưa. Có thể gõ thêm ghi chú ngắn (ví dụ: <i>đang làm, đã học 2 buổi</i>) hoặc gửi ảnh làm minh chứng.
tiendo-ask-footer--buttons = Đến nay phần này làm đến đâu? Bấm một nút dưới đây, hoặc gõ: xong / đang làm / chưa. Có thể gõ thêm ghi chú ngắn (ví dụ: <i>đang làm, đã học 2 buổi</i>) hoặc gửi ảnh làm minh chứng.
tiendo-ask-footer--typed = Đến nay phần này làm đến đâu? Gõ một số trong danh sách dưới đây, hoặc gõ: xong / đang làm / chưa. Có thể gõ thêm ghi chú ngắn (ví dụ: <i>đang làm, đã học 2 buổi</i>) hoặc gửi ảnh làm minh chứng.
tiendo-status-done = ✅ Xong
tiendo-status-underway = 🔄 Đang làm
tiendo-status-notYet = ⏳ Chưa làm
tiendo-choice-view = 👥 Xem ai đã báo tiến độ
tiendo-saved =
    ✅ Đã lưu tiến độ kế hoạch năm { $year }:
    1. { $studyLabel }: { $study }
    2. { $followLabel }: { $follow }
    3. { $exampleLabel }: { $example }
    Khi có việc mới làm được, gõ /tiendo để báo tiếp. Cuối năm, các ghi chú này giúp đồng chí báo cáo kết quả.
tiendo-saved-note = { $status } — <i>{ $note }</i>
tiendo-saved-photo = { $status } (có ảnh)
tiendo-saved-note-photo = { $status } (có ảnh) — <i>{ $note }</i>
tiendo-note-empty = Chưa thấy nội dung. Xin chọn một trong ba: xong, đang làm, chưa làm; ghi chú có hay không đều được.
tiendo-note-no-words = Ghi chú cần viết bằng chữ (chỉ biểu tượng cảm xúc thì chưa đủ). Hoặc chỉ cần chọn: xong, đang làm, chưa làm.
tiendo-note-too-long = Ghi chú dài { $length } ký tự; xin viết gọn, dưới { $max } ký tự. Chi tiết để cuối năm báo cáo kết quả.
tiendo-photo-not-image = Tệp này không phải là ảnh, nên chibo không nhận làm minh chứng. Xin gửi ảnh chụp (JPG, PNG), hoặc chỉ cần chọn: xong, đang làm, chưa làm.
tiendo-photo-too-large = Ảnh này nặng { $size } MB, quá { $max } MB nên chibo không nhận. Xin gửi ảnh nhỏ hơn (ảnh chụp bình thường bằng điện thoại là được).
tiendo-view =
    <b>Tiến độ kế hoạch năm { $year }</b> — { $cell }
    { $reported }/{ $registered } đồng chí có kế hoạch đã báo tiến độ { $since }.
tiendo-view-since = từ ngày { $day } (kỳ báo gần nhất)
tiendo-view-year = trong năm { $year }
tiendo-view-reported = Đã báo ({ $count }): { $names }
tiendo-view-waiting = Chưa báo ({ $count }): { $names }
tiendo-view-more = { $names } và { $more } đồng chí khác
job-progress-private = 📋 Đến kỳ báo tiến độ kế hoạch năm { $year }. Xin đồng chí báo ba phần đã đăng ký đến nay làm đến đâu: gõ /tiendo (chỉ ba câu hỏi ngắn).
job-progress-group = 📋 Đến kỳ báo tiến độ kế hoạch năm { $year }. chibo chưa nhắn riêng được cho { $count } đồng chí: { $names }. Xin các đồng chí nhắn riêng cho chibo /tiendo.
