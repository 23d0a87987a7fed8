## /diemdanh: where a member checks in (issue 18), and what may still be corrected

diemdanh-over = Điểm danh đã kết thúc. Đồng chí có mặt mà chưa kịp điểm danh, xin báo bí thư ghi lại (trong { $days } ngày sau buổi họp).
checkin-remote-refused = { $meeting } không nhận điểm danh từ xa. Xin điểm danh trong nhóm chi bộ khi đến họp.
checkin-remote-done = Đã điểm danh từ xa: đồng chí tham dự { $meeting } từ xa. Bí thư thấy ghi chú «từ xa» bên tên đồng chí.
checkin-mark-remote = ✅ { $name } (từ xa)
checkin-remote-names = Điểm danh từ xa: { $names }.
checkin-correction-too-late = Không có buổi họp nào đang diễn ra hay vừa kết thúc. Buổi gần nhất, { $meeting }, đã qua hơn { $days } ngày nên điểm danh đã chốt, không sửa được nữa. Nếu có sai sót, xin nêu trong buổi họp sau để ghi vào biên bản.
checkin-absent-by-member = Điểm danh chỉ ghi người có mặt, nên chibo chưa ghi gì. Đồng chí vắng: trước giờ họp, xin báo qua /lichhop; khi đã họp, xin nhắn lý do cho bí thư.
