## /hop: a meeting's length and remote check-in, and the monthly rule ("Lịch họp hằng tháng").

hop-choice-monthly = 🗓 Lịch họp hằng tháng
hop-length = ⏱ Thời lượng: { $minutes } phút
hop-remote-allowed = 📱 Cho phép điểm danh từ xa (nhắn riêng cho chibo)
hop-remote-not-allowed = 📍 Chỉ điểm danh tại nơi họp
hop-choice-remote-yes = 📱 Cho phép điểm danh từ xa
hop-choice-remote-no = 📍 Chỉ điểm danh tại nơi họp
hop-changed-remote-yes = Điểm danh: nay được điểm danh từ xa
hop-changed-remote-no = Điểm danh: nay chỉ điểm danh tại nơi họp

hop-series-list = Lịch họp hằng tháng của chi bộ:
hop-series-line = • { $rule }: { $kind }, tại { $place }
hop-choice-series-new = ➕ Đặt thêm lịch họp hằng tháng
hop-choice-series-cancel = ❌ Hủy lịch { $rule }
hop-series-ask-rule =
    Chi bộ họp hằng tháng vào ngày nào, mấy giờ? Ví dụ:
    <i>ngày 5 hằng tháng 19h30</i>
    <i>thứ Bảy đầu tiên của tháng 8h</i>
    <i>ngày làm việc cuối cùng của tháng 14h</i>
hop-series-rule-understood = chibo hiểu là: <b>{ $rule }</b>. Các buổi tới:
hop-series-rule-understood-again = chibo hiểu là: <b>{ $rule }</b>.
hop-series-date = • { $when }
hop-series-date-shifted = • { $when } (dời từ { $from }, nghỉ { $holiday })
hop-series-date-holiday = • { $when } (trùng ngày nghỉ { $holiday })
hop-series-date-no-table = • { $when } (chưa có lịch nghỉ lễ năm { $year }: ngày họp không dời)
hop-series-date-overlap = • { $when }: trùng giờ { $other } đã có, tháng này không lên lịch thêm
hop-series-date-month-taken = • { $when }: tháng này đã có { $other }, không lên lịch thêm
hop-series-no-dates = Lịch này không cho ngày họp nào trong năm tới. Xin gõ lại.
hop-series-ask-place = Chi bộ thường họp ở đâu? Ví dụ: <i>Hội trường khu phố 1</i>.
hop-series-ask-topic = Nội dung chính của các buổi họp? Gõ nội dung, hoặc chọn dòng dưới đây để mỗi buổi ghi «sinh hoạt định kỳ tháng …».
hop-series-ask-topic--buttons = Nội dung chính của các buổi họp? Gõ nội dung, hoặc bấm nút để mỗi buổi ghi «sinh hoạt định kỳ tháng …».
hop-series-ask-kind = Các buổi họp này là loại nào?
hop-series-ask-holiday = Nếu ngày họp trùng ngày nghỉ lễ (Tết, 30/4, 1/5, 2/9…), chi bộ họp khi nào? Dời thì vẫn trong tháng: ngày đầu hay cuối tháng thì dời chiều kia.
hop-series-ask-holiday-weekly = Nếu ngày họp trùng ngày nghỉ lễ (Tết, 30/4, 1/5, 2/9…), chi bộ họp khi nào? Dời thì sang cùng thứ tuần trước hoặc tuần sau, vẫn trong tháng: đầu hay cuối tháng thì dời chiều kia.
hop-choice-holiday-keep = Vẫn họp đúng ngày đó
hop-choice-holiday-before = Họp ngày làm việc liền trước
hop-choice-holiday-before-weekly = Dời sang tuần trước, cùng thứ
hop-choice-holiday-after = Họp ngày làm việc liền sau
hop-choice-holiday-after-weekly = Dời sang tuần sau, cùng thứ
hop-series-ask-remote = Đảng viên ở xa có được điểm danh từ xa (nhắn riêng cho chibo) không?
hop-choice-series-remote-no = Không, chỉ điểm danh tại nơi họp
hop-choice-series-remote-yes = Có, cho phép điểm danh từ xa
hop-series-review = Xin đồng chí xem lại lịch họp hằng tháng:
hop-series-details =
    🗓 <b>{ $rule }</b>
    { $kind }, { $minutes } phút
    📍 { $place }
    📌 { $topic }
    🎌 Trùng ngày nghỉ lễ: { $holiday }
    📱 { $remote }
hop-series-topic-regular = sinh hoạt định kỳ của tháng
hop-series-holiday-keep = vẫn họp đúng ngày
hop-series-holiday-before = họp ngày làm việc liền trước, trong tháng
hop-series-holiday-before-weekly = dời sang tuần trước, cùng thứ, trong tháng
hop-series-holiday-after = họp ngày làm việc liền sau, trong tháng
hop-series-holiday-after-weekly = dời sang tuần sau, cùng thứ, trong tháng
hop-series-remote-yes = Cho phép điểm danh từ xa
hop-series-remote-no = Chỉ điểm danh tại nơi họp
hop-series-next-dates = Các buổi tới:
hop-choice-series-save = ✅ Lưu lịch họp
hop-choice-series-change = ✏️ Sửa
hop-choice-series-abort = Hủy, không lưu
hop-series-ask-field = Sửa phần nào?
hop-choice-series-change-rule = Ngày giờ họp
hop-choice-series-change-place = Địa điểm
hop-choice-series-change-topic = Nội dung
hop-choice-series-change-kind = Loại buổi họp
hop-choice-series-change-holiday = Khi trùng ngày nghỉ lễ
hop-choice-series-change-remote = Điểm danh từ xa
hop-series-aborted = Đã hủy. Không lưu lịch họp nào.
hop-series-saved = ✅ Đã lưu lịch họp hằng tháng: <b>{ $rule }</b>.
hop-series-first = Buổi đầu tiên đã lên lịch:
hop-series-skipped = Không lên lịch buổi { $when } vì trùng giờ { $other }.
hop-series-skipped-month-taken = Không lên lịch buổi { $when } vì tháng đó đã có { $other }.
hop-series-notice-on = chibo sẽ gửi thông báo vào nhóm chi bộ và báo cấp ủy cấp trên ngày { $day } ({ $days } ngày trước buổi họp).
hop-series-notice-on-groups = chibo sẽ gửi thông báo vào nhóm chi bộ ngày { $day } ({ $days } ngày trước buổi họp).
hop-series-noticed-now = chibo đã gửi thông báo vào nhóm chi bộ và báo cấp ủy cấp trên.
hop-series-noticed-now-groups = chibo đã gửi thông báo vào nhóm chi bộ.
hop-series-each-alone = Mỗi buổi vẫn sửa hay hủy riêng được: gõ /hop.
hop-series-not-saved-no-meeting = Lịch <b>{ $rule }</b> không cho buổi họp nào lên lịch được trong năm tới nên chibo không lưu. Xin gõ /hop để đặt lịch khác.
hop-series-cancel-ask = Hủy lịch họp hằng tháng <b>{ $rule }</b>? chibo sẽ không lên lịch buổi mới theo lịch này nữa. Các buổi đã lên lịch vẫn giữ nguyên.
hop-choice-series-cancel-yes = ❌ Hủy lịch hằng tháng
hop-choice-series-cancel-no = Không hủy
hop-series-kept = Lịch họp hằng tháng vẫn giữ nguyên.
hop-series-cancelled = Đã hủy lịch họp hằng tháng <b>{ $rule }</b>. chibo không lên lịch buổi mới theo lịch này nữa.
hop-series-cancelled-kept = Các buổi đã lên lịch vẫn giữ; muốn sửa hay hủy buổi nào, gõ /hop:
hop-series-already-cancelled = Lịch họp hằng tháng này đã hủy rồi.

hop-rule-empty = Xin gõ ngày và giờ họp hằng tháng, ví dụ: <i>ngày 5 hằng tháng 19h30</i>.
hop-rule-unreadable = chibo chưa hiểu lịch này. Xin gõ theo mẫu: <i>ngày 5 hằng tháng 19h30</i> hoặc <i>thứ Bảy đầu tiên của tháng 8h</i>.
hop-rule-no-time = Thiếu giờ họp. Xin gõ cả giờ, ví dụ: <i>ngày 5 hằng tháng 19h30</i>.
hop-rule-never-day = Không phải tháng nào cũng có ngày này (tháng 2 chỉ có 28 hoặc 29 ngày, có tháng 30 ngày). Xin chọn ngày từ 1 đến 28, hoặc gõ: <i>ngày làm việc cuối cùng của tháng 19h30</i>.
hop-rule-ambiguous-time = Giờ họp chưa rõ (ví dụ "2h" là 2 giờ sáng hay chiều, hoặc có hai giờ). Xin ghi rõ, ví dụ: <i>ngày 5 hằng tháng 14h</i>.
hop-rule-ambiguous-day = Chưa rõ họp ngày nào trong tháng: xin ghi một ngày, hoặc một thứ kèm lần thứ mấy trong tháng. Ví dụ: <i>ngày 5 hằng tháng 19h30</i> hoặc <i>thứ Bảy đầu tiên của tháng 8h</i>.
hop-rule-never-weekday = Không phải tháng nào cũng có thứ đó lần thứ năm. Xin chọn lần thứ nhất đến thứ tư, hoặc lần cuối cùng, ví dụ: <i>thứ Bảy cuối cùng của tháng 8h</i>.
hop-rule-too-long = Dài quá. Xin gõ ngắn, ví dụ: <i>ngày 5 hằng tháng 19h30</i>.
hop-changed-quietly =
    Đã lưu thay đổi. Buổi họp này chưa thông báo nên chưa báo ai:
    { $meeting }
hop-cancelled-quietly =
    Đã hủy buổi họp. Buổi này chưa thông báo nên không báo nhóm:
    { $meeting }
hop-series-duplicate = Chi bộ đã có lịch họp hằng tháng <b>{ $rule }</b>. Xin gõ lịch khác, hoặc gõ /huy.
hop-choice-save-quietly = ✅ Lưu (chưa thông báo nên chưa báo ai)
