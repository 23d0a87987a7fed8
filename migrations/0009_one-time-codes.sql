CREATE TABLE `one_time_codes` (
	`purpose` text NOT NULL,
	`code` text NOT NULL,
	`target_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	PRIMARY KEY(`purpose`, `code`)
);
