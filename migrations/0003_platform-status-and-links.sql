CREATE TABLE `link_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`member_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `platform_status` (
	`platform` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`detail` text,
	`cursor` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `meetings` ADD `roster` text;--> statement-breakpoint
ALTER TABLE `polls` ADD `vote_salt` text;