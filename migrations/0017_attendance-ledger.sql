CREATE TABLE `absence_warnings` (
	`member_id` integer NOT NULL,
	`year` integer NOT NULL,
	`months` integer NOT NULL,
	`warned_at` integer NOT NULL,
	PRIMARY KEY(`member_id`, `year`, `months`),
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `attendance_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`present_before` integer,
	`reason_before` text,
	`present` integer NOT NULL,
	`reason` text,
	`changed_by` integer NOT NULL,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_changes_meeting_idx` ON `attendance_changes` (`meeting_id`);