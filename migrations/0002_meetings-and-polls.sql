CREATE TABLE `attendance` (
	`meeting_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`present` integer NOT NULL,
	`reason` text,
	`marked_by` text NOT NULL,
	`marked_at` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `member_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meeting_responses` (
	`meeting_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`answer` text NOT NULL,
	`reason` text,
	`answered_at` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `member_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cell_id` integer NOT NULL,
	`kind` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`place` text NOT NULL,
	`topic` text NOT NULL,
	`state` text DEFAULT 'scheduled' NOT NULL,
	`checkin_opened_at` integer,
	`closed_at` integer,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_cell_idx` ON `meetings` (`cell_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `poll_votes` (
	`poll_id` integer NOT NULL,
	`person_id` text NOT NULL,
	`member_id` integer,
	`option_ids` text NOT NULL,
	`voted_at` integer NOT NULL,
	PRIMARY KEY(`poll_id`, `person_id`),
	FOREIGN KEY (`poll_id`) REFERENCES `polls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `polls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cell_id` integer NOT NULL,
	`meeting_id` integer,
	`question` text NOT NULL,
	`options` text NOT NULL,
	`anonymous` integer NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`closes_at` integer NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`closed_at` integer,
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `polls_cell_idx` ON `polls` (`cell_id`,`state`);--> statement-breakpoint
CREATE TABLE `posted_messages` (
	`chat_id` text NOT NULL,
	`anchor` text NOT NULL,
	`message_id` text NOT NULL,
	`platform_poll_id` text,
	`poll_counts` text,
	`posted_at` integer NOT NULL,
	PRIMARY KEY(`chat_id`, `anchor`)
);
--> statement-breakpoint
CREATE INDEX `posted_messages_poll_idx` ON `posted_messages` (`platform_poll_id`);--> statement-breakpoint
ALTER TABLE `cells` ADD `meeting_reminder_hours` text;--> statement-breakpoint
ALTER TABLE `committees` ADD `meeting_reminder_hours` text;