CREATE TABLE `cells` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`committee_id` integer,
	`auto_approve` integer DEFAULT false NOT NULL,
	`retired_register` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cells_code_unique` ON `cells` (`code`);--> statement-breakpoint
CREATE TABLE `commitment_revisions` (
	`commitment_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`study` text NOT NULL,
	`follow` text NOT NULL,
	`example` text NOT NULL,
	`saved_at` integer NOT NULL,
	PRIMARY KEY(`commitment_id`, `revision`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`year` integer NOT NULL,
	`study` text NOT NULL,
	`follow` text NOT NULL,
	`example` text NOT NULL,
	`revision` integer NOT NULL,
	`submitted_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commitments_member_year_idx` ON `commitments` (`member_id`,`year`);--> statement-breakpoint
CREATE TABLE `committees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `committees_name_unique` ON `committees` (`name`);--> statement-breakpoint
CREATE TABLE `dialogs` (
	`chat_id` text NOT NULL,
	`person_id` text NOT NULL,
	`command` text NOT NULL,
	`state` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`chat_id`, `person_id`)
);
--> statement-breakpoint
CREATE TABLE `groups` (
	`chat_id` text PRIMARY KEY NOT NULL,
	`cell_id` integer NOT NULL,
	`title` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`linked_at` integer NOT NULL,
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `identities` (
	`person_id` text PRIMARY KEY NOT NULL,
	`member_id` integer NOT NULL,
	`display_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cell_id` integer NOT NULL,
	`full_name` text NOT NULL,
	`name_key` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`status` text DEFAULT 'full' NOT NULL,
	`roster` text DEFAULT 'pending' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `members_cell_idx` ON `members` (`cell_id`);--> statement-breakpoint
CREATE TABLE `offered_choices` (
	`chat_id` text PRIMARY KEY NOT NULL,
	`values` text NOT NULL,
	`offered_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`scope` integer DEFAULT 0 NOT NULL,
	`issued_by` text NOT NULL,
	`document` text,
	`annual_topic` text NOT NULL,
	`annual_topic_summary` text,
	`study_deadline` text NOT NULL,
	`registration_deadline` text NOT NULL,
	`midterm_review` text,
	`year_end_review` text,
	`examples` text NOT NULL,
	`imported_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_year_scope_idx` ON `plans` (`year`,`scope`);--> statement-breakpoint
CREATE TABLE `private_chats` (
	`person_id` text PRIMARY KEY NOT NULL,
	`opened_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `processed_updates` (
	`update_key` text PRIMARY KEY NOT NULL,
	`processed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quarter_topics` (
	`plan_id` integer NOT NULL,
	`quarter` integer NOT NULL,
	`title` text NOT NULL,
	PRIMARY KEY(`plan_id`, `quarter`),
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
