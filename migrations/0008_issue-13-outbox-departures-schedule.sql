CREATE TABLE `code_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `code_attempts_person_idx` ON `code_attempts` (`person_id`,`kind`,`at`);--> statement-breakpoint
CREATE TABLE `departures` (
	`member_id` integer PRIMARY KEY NOT NULL,
	`chat_id` text NOT NULL,
	`left_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `schedule_looks` (
	`kind` text PRIMARY KEY NOT NULL,
	`looked_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `intent` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `is_answer` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `message_id` text;--> statement-breakpoint
ALTER TABLE `processed_updates` ADD `replies` text;--> statement-breakpoint
ALTER TABLE `posted_messages` DROP COLUMN `poll_counts`;