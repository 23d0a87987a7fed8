CREATE TABLE `committee_officers` (
	`person_id` text PRIMARY KEY NOT NULL,
	`committee_id` integer NOT NULL,
	`added_at` integer NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `officer_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`committee_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action
);
