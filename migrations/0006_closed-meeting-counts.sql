ALTER TABLE `meetings` ADD `present_count` integer;--> statement-breakpoint
ALTER TABLE `meetings` ADD `counted_count` integer;