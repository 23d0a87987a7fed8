DROP INDEX `meetings_counts_idx`;--> statement-breakpoint
ALTER TABLE `meetings` ADD `unexcused_ids` text;--> statement-breakpoint
CREATE INDEX `meetings_counts_idx` ON `meetings` (`cell_id`,`state`,`starts_at`,`present_count`,`counted_count`,`unexcused_ids`);