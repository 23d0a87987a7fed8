# /kehoach: the second half of the year, which the plan gives and the chat keeps as it is.
kehoach-review-second-half = <b>Nửa cuối năm:</b> hỏi tiến độ { $progress } lần; kết quả từ { $results }; biểu dương đến { $midterm }, { $yearEnd }
kehoach-review-second-half-default = <b>Nửa cuối năm</b> (mặc định): hỏi tiến độ { $progress } lần; kết quả từ { $results }; biểu dương đến { $midterm }, { $yearEnd }
kehoach-date-before-results = Theo kế hoạch, đảng viên báo cáo kết quả từ ngày { $opens }, trước ngày tổng kết cuối năm, nên ngày tổng kết không thể là { $day }. Xin gõ ngày khác; chưa lưu gì.
