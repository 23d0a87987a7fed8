# How long personal data is kept (RETENTION_* in .env).
config-error-retention-days = must be a whole number of days, from 1 to 36500 (such as 7 or 365)
config-error-retention-hours = must be a whole number of hours, from 1 to 876000 (such as 24)
