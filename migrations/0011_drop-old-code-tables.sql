DROP TABLE `link_codes`;--> statement-breakpoint
DROP TABLE `officer_codes`;