CREATE TABLE `meeting_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cell_id` integer NOT NULL,
	`kind` text NOT NULL,
	`rule` text NOT NULL,
	`holiday_shift` text NOT NULL,
	`place` text NOT NULL,
	`topic` text NOT NULL,
	`remote_allowed` integer DEFAULT false NOT NULL,
	`state` text DEFAULT 'active' NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`stopped_at` integer,
	FOREIGN KEY (`cell_id`) REFERENCES `cells`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_series_cell_idx` ON `meeting_series` (`state`,`cell_id`);--> statement-breakpoint
ALTER TABLE `cells` ADD `meeting_minutes` integer;--> statement-breakpoint
ALTER TABLE `cells` ADD `combined_meeting_minutes` integer;--> statement-breakpoint
ALTER TABLE `cells` ADD `meeting_notice_days` integer;--> statement-breakpoint
ALTER TABLE `cells` ADD `meeting_materials_days` integer;--> statement-breakpoint
ALTER TABLE `committees` ADD `meeting_minutes` integer;--> statement-breakpoint
ALTER TABLE `committees` ADD `combined_meeting_minutes` integer;--> statement-breakpoint
ALTER TABLE `committees` ADD `meeting_notice_days` integer;--> statement-breakpoint
ALTER TABLE `committees` ADD `meeting_materials_days` integer;--> statement-breakpoint
ALTER TABLE `meetings` ADD `series_id` integer REFERENCES meeting_series(id);--> statement-breakpoint
ALTER TABLE `meetings` ADD `occurrence` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `materials` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `materials_at` integer;--> statement-breakpoint
ALTER TABLE `meetings` ADD `remote_allowed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `noticed_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_occurrence_idx` ON `meetings` (`series_id`,`occurrence`);