CREATE TABLE `cell_model_progress` (
	`model_id` integer NOT NULL,
	`quarter` integer NOT NULL,
	`note` text NOT NULL,
	`noted_at` integer NOT NULL,
	PRIMARY KEY(`model_id`, `quarter`),
	FOREIGN KEY (`model_id`) REFERENCES `cell_models`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `cell_models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cell_id` integer NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`what` text NOT NULL,
	`who` text NOT NULL,
	`by_day` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cell_models_cell_year_idx` ON `cell_models` (`cell_id`,`year`);--> statement-breakpoint
CREATE TABLE `nomination_rounds` (
	`cell_id` integer NOT NULL,
	`year` integer NOT NULL,
	`round` text NOT NULL,
	`opened_at` integer NOT NULL,
	`voting_at` integer,
	`confirmed_at` integer,
	PRIMARY KEY(`cell_id`, `year`, `round`),
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `nomination_votes` (
	`nomination_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`voted_at` integer NOT NULL,
	PRIMARY KEY(`nomination_id`, `member_id`),
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `nominations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cell_id` integer NOT NULL,
	`year` integer NOT NULL,
	`round` text NOT NULL,
	`kind` text NOT NULL,
	`nominee_id` integer,
	`collective` text,
	`collective_key` text,
	`reason` text NOT NULL,
	`proposed_by` integer NOT NULL,
	`proposed_at` integer NOT NULL,
	`confirmed_at` integer,
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nominee_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `nominations_round_idx` ON `nominations` (`cell_id`,`year`,`round`);--> statement-breakpoint
CREATE TABLE `progress_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`year` integer NOT NULL,
	`part` text NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`evidence` text,
	`noted_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `progress_notes_member_year_idx` ON `progress_notes` (`member_id`,`year`);--> statement-breakpoint
CREATE TABLE `year_results` (
	`member_id` integer NOT NULL,
	`year` integer NOT NULL,
	`parts` text,
	`proposed_level` text,
	`submitted_at` integer,
	`agreed_level` text,
	`agreed_at` integer,
	`agreed_by` integer,
	PRIMARY KEY(`member_id`, `year`),
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreed_by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `plans` ADD `second_half` text;