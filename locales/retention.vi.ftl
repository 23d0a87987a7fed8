# Thời hạn lưu giữ dữ liệu cá nhân (RETENTION_* trong .env).
config-error-retention-days = phải là số ngày nguyên, từ 1 đến 36500 (ví dụ 7 hoặc 365)
config-error-retention-hours = phải là số giờ nguyên, từ 1 đến 876000 (ví dụ 24)
