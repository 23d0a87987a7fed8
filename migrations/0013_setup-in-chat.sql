ALTER TABLE `cells` ADD `party_organisation` text;--> statement-breakpoint
ALTER TABLE `cells` ADD `place` text;--> statement-breakpoint
ALTER TABLE `cells` ADD `default_chair` text;--> statement-breakpoint
ALTER TABLE `cells` ADD `default_minute_taker` text;--> statement-breakpoint
ALTER TABLE `committees` ADD `party_organisation` text;--> statement-breakpoint
ALTER TABLE `committees` ADD `place` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `ended_at` integer;--> statement-breakpoint
ALTER TABLE `plans` ADD `part_labels` text;