DROP INDEX `contacts_agency_name_idx`;--> statement-breakpoint
CREATE INDEX `contacts_agency_name_idx` ON `contacts` (`agency_id`,`last_name`,`first_name`,`id`);--> statement-breakpoint
DROP INDEX `trips_agency_idx`;--> statement-breakpoint
CREATE INDEX `trips_agency_idx` ON `trips` (`agency_id`,`starts_on`,`id`);--> statement-breakpoint
ALTER TABLE `portal_accounts` ADD `link_deadline` integer;--> statement-breakpoint
-- Backfill: when each account's newest link stopped or stops working (the first of its expiry, voiding and use).
UPDATE `portal_accounts` SET `link_deadline` = (
  SELECT min(`expires_at`, coalesce(`voided_at`, `expires_at`), coalesce(`consumed_at`, `expires_at`))
  FROM `portal_tokens` WHERE `portal_tokens`.`account_id` = `portal_accounts`.`id`
  ORDER BY `created_at` DESC LIMIT 1
);
