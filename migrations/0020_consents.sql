CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` text,
	`member_id` integer,
	`cell_id` integer NOT NULL,
	`text_version` text NOT NULL,
	`answer` text NOT NULL,
	`recorded_by` integer,
	`answered_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_person_idx` ON `consents` (`person_id`,`cell_id`);--> statement-breakpoint
CREATE INDEX `consents_member_idx` ON `consents` (`member_id`);