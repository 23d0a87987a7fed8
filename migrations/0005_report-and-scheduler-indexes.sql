CREATE INDEX `job_runs_cell_idx` ON `job_runs` (`cell_id`);--> statement-breakpoint
CREATE INDEX `meetings_scheduled_idx` ON `meetings` (`ends_at`) WHERE "meetings"."state" = 'scheduled';--> statement-breakpoint
CREATE INDEX `polls_open_idx` ON `polls` (`closes_at`) WHERE "polls"."state" = 'open';--> statement-breakpoint
CREATE INDEX `posted_messages_anchor_idx` ON `posted_messages` (`anchor`);