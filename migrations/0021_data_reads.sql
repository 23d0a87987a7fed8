CREATE TABLE `data_reads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cell_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`reader_member_id` integer,
	`reader_person_id` text,
	`reader_role` text NOT NULL,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`read_at` integer NOT NULL,
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reader_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `data_reads_member_idx` ON `data_reads` (`member_id`,`read_at`);--> statement-breakpoint
CREATE INDEX `data_reads_time_idx` ON `data_reads` (`read_at`);