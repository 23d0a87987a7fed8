CREATE TABLE `zalo_contacts` (
	`person_id` text PRIMARY KEY NOT NULL,
	`friend_since` integer,
	`unreachable` text,
	`unreachable_at` integer,
	`asked_to_befriend_at` integer
);
--> statement-breakpoint
CREATE TABLE `zalo_stranger_sends` (
	`day` text NOT NULL,
	`person_id` text NOT NULL,
	PRIMARY KEY(`day`, `person_id`)
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `sent_parts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `posted_messages` ADD `poll_option_ids` text;