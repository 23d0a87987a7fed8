help-danhgia = xem kết quả, ghi mức xếp loại của chi bộ

## /danhgia: chi bộ xem kết quả và ghi mức xếp loại đã thống nhất (chỉ trong chat riêng)

danhgia-list = <b>Xếp loại năm { $year }</b> — { $cell } { $page }
danhgia-list-counts = Đã báo cáo kết quả: { $reported }/{ $expected }. Chi bộ đã xếp loại: { $agreed }.
danhgia-list-hint-manager = Chọn một tên để xem kết quả và ghi mức chi bộ đã thống nhất.
danhgia-list-hint-view = Chọn một tên để xem kết quả. Bí thư, phó bí thư ghi mức chi bộ xếp loại.
danhgia-entry-missing = { $name } — chưa báo cáo
danhgia-entry-missing-agreed = { $name } — chưa báo cáo, chi bộ: { $agreed }
danhgia-entry-exempt = { $name } — { $status }, không phải báo cáo
danhgia-entry-exempt-agreed = { $name } — { $status }, chi bộ: { $agreed }
danhgia-entry-not-graded = { $name } — { $status }, không xếp loại
danhgia-entry-proposed = { $name } — tự nhận { $proposed }
danhgia-entry-agreed = { $name } — tự nhận { $proposed }, chi bộ: { $agreed }
danhgia-choice-summary = 📊 Tổng hợp mức xếp loại
danhgia-choice-back = ⬅️ Về danh sách
danhgia-choice-level = { $level }
danhgia-choice-level-current = ✓ { $level } (đã ghi)
danhgia-choice-clear = 🗑 Xóa mức chi bộ đã ghi
danhgia-choice-next = ➡️ Tiếp: { $name }

danhgia-member = <b>{ $name }</b> — kết quả năm { $year }, báo cáo ngày { $day } { $page }
danhgia-part = <b>{ $number }. { $label }</b> — kế hoạch: { $plan }
danhgia-part-no-plan = <b>{ $number }. { $label }</b> (chưa đăng ký)
danhgia-part-result = { $outcome }: { $text }
danhgia-part-why = Lý do: { $why }
danhgia-outcome-done = ✅ Đã xong
danhgia-outcome-partly = 🟡 Làm được một phần
danhgia-outcome-notDone = ❌ Chưa làm được
danhgia-proposed = Tự nhận: <b>{ $level }</b>
danhgia-agreed = Chi bộ xếp loại: <b>{ $level }</b> (ghi ngày { $day }, { $by })
danhgia-not-agreed = Chi bộ chưa xếp loại.
danhgia-changed-after = ⚠️ Đồng chí ấy gửi hoặc sửa kết quả sau khi chi bộ xếp loại; xin xem lại.
danhgia-ask-level = Chọn mức chi bộ đã thống nhất, hoặc gõ tên mức (ví dụ: tốt, HTTNV).
danhgia-view-only = Bí thư, phó bí thư ghi mức chi bộ xếp loại.
danhgia-unreported = <b>{ $name }</b> — năm { $year }: chưa báo cáo kết quả.
danhgia-unreported-required = Đồng chí ấy phải báo cáo (/ketqua). Nếu đồng chí ấy không báo cáo qua chibo được (chẳng hạn không dùng Zalo, Telegram), chi bộ vẫn ghi được mức đã thống nhất.
danhgia-unreported-not-required = Đồng chí ấy ({ $status }) không phải báo cáo kết quả, nhưng vẫn được chi bộ xếp loại hằng năm.
danhgia-member-not-graded = { $name } đang được miễn sinh hoạt đảng, nên không đánh giá, xếp loại năm { $year } (Quy định 366-QĐ/TW). chibo không ghi mức cho đồng chí ấy.

danhgia-saved = Đã ghi: chi bộ xếp loại { $name } <b>{ $level }</b> (tự nhận: { $proposed }).
danhgia-changed = Đã đổi: chi bộ xếp loại { $name } <b>{ $level }</b> (trước đó: { $before }; tự nhận: { $proposed }).
danhgia-saved-unreported = Đã ghi: chi bộ xếp loại { $name } <b>{ $level }</b> (đồng chí ấy chưa báo cáo kết quả). Nếu đồng chí ấy báo cáo sau, mức này vẫn giữ.
danhgia-changed-unreported = Đã đổi: chi bộ xếp loại { $name } <b>{ $level }</b> (trước đó: { $before }; đồng chí ấy chưa báo cáo kết quả).
danhgia-unchanged = Chi bộ đã xếp loại { $name } { $level } rồi; không đổi gì.
danhgia-cleared = Đã xóa mức chi bộ xếp loại cho { $name }. Mức đồng chí ấy tự nhận vẫn giữ.
danhgia-cleared-unreported = Đã xóa mức chi bộ xếp loại cho { $name }. Đồng chí ấy chưa báo cáo kết quả, nên không còn gì được lưu.
danhgia-cap-warning = ⚠️ Chi bộ đang xếp «{ $top }» cho { $excellent } đồng chí. Theo kế hoạch, số này không quá { $share } số đồng chí xếp «{ $good }» ({ $goodCount } đồng chí), tức tối đa { $allowed } đồng chí; đang vượt { $over }. chibo chỉ nhắc, chi bộ quyết định.
danhgia-managers-only = Chỉ bí thư, phó bí thư ghi mức chi bộ xếp loại. Đồng chí vẫn xem được kết quả. Chưa ghi gì.
danhgia-level-unknown = Chưa rõ là mức nào. Chọn một trong bốn mức, hoặc gõ tên mức (ví dụ: tốt, HTTNV). Chưa ghi gì.
danhgia-restart = Phần xếp loại đang làm dở đã để quá lâu. Gõ /danhgia để bắt đầu lại.
danhgia-usage = Gõ /danhgia để xếp loại năm nay; xếp loại năm trước thì gõ kèm năm, ví dụ /danhgia { $previous }.
danhgia-year-out = Chỉ xếp loại được năm { $current } hoặc năm { $previous }, ví dụ /danhgia { $previous }.

danhgia-summary = <b>Tổng hợp xếp loại năm { $year }</b> — { $cell }
danhgia-summary-level = { $level }: { $count }
danhgia-summary-rest = Chưa xếp loại: { $pending } (trong đó chưa báo cáo kết quả: { $missing }). Miễn sinh hoạt, không xếp loại: { $exempt }.
