CREATE TABLE `cell_summaries` (
	`cell_id` integer NOT NULL,
	`period` text NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`members` integer NOT NULL,
	`registered` integer NOT NULL,
	`missing` integer NOT NULL,
	`exempt` integer NOT NULL,
	`pending` integer NOT NULL,
	`compiled_at` integer NOT NULL,
	PRIMARY KEY(`cell_id`, `period`),
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `job_runs` (
	`job` text NOT NULL,
	`cell_id` integer NOT NULL,
	`period` text NOT NULL,
	`outcome` text NOT NULL,
	`ran_at` integer NOT NULL,
	PRIMARY KEY(`job`, `cell_id`, `period`),
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` text NOT NULL,
	`reply` text NOT NULL,
	`member_id` integer,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`not_before` integer NOT NULL,
	`expires_after` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`last_error` text,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`state`,`not_before`);--> statement-breakpoint
CREATE TABLE `scheduler_lease` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`renewed_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `cells` ADD `post_hour` integer;--> statement-breakpoint
ALTER TABLE `cells` ADD `registration_reminder_days` text;--> statement-breakpoint
ALTER TABLE `cells` ADD `study_reminder_days` text;--> statement-breakpoint
ALTER TABLE `cells` ADD `review_reminder_days` text;--> statement-breakpoint
ALTER TABLE `cells` ADD `weekly_summary_weekday` integer;--> statement-breakpoint
ALTER TABLE `committees` ADD `post_hour` integer;--> statement-breakpoint
ALTER TABLE `committees` ADD `registration_reminder_days` text;--> statement-breakpoint
ALTER TABLE `committees` ADD `study_reminder_days` text;--> statement-breakpoint
ALTER TABLE `committees` ADD `review_reminder_days` text;--> statement-breakpoint
ALTER TABLE `committees` ADD `weekly_summary_weekday` integer;