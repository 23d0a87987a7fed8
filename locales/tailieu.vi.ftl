help-tailieu = gửi chương trình và tài liệu cho buổi họp sắp tới
tailieu-soon = Chức năng này sắp có.
