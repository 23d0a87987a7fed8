DROP INDEX `meetings_scheduled_idx`;--> statement-breakpoint
CREATE INDEX `meetings_counts_idx` ON `meetings` (`cell_id`,`state`,`starts_at`,`present_count`,`counted_count`);--> statement-breakpoint
CREATE INDEX `meetings_scheduled_idx` ON `meetings` (`starts_at`,`cell_id`,`ends_at`,`created_at`) WHERE "meetings"."state" = 'scheduled';--> statement-breakpoint
CREATE INDEX `cells_committee_idx` ON `cells` (`committee_id`,`code`);--> statement-breakpoint
CREATE INDEX `groups_cell_idx` ON `groups` (`cell_id`);