-- Custom SQL migration file, put your code below! --
-- The codes already given out stay redeemable: they move to one_time_codes before the old tables go.
INSERT INTO `one_time_codes` (`purpose`, `code`, `target_id`, `expires_at`)
SELECT 'link', `code`, `member_id`, `expires_at` FROM `link_codes`;
--> statement-breakpoint
INSERT INTO `one_time_codes` (`purpose`, `code`, `target_id`, `expires_at`)
SELECT 'officer', `code`, `committee_id`, `expires_at` FROM `officer_codes`;
