DROP INDEX `portal_accounts_agency_email_idx`;--> statement-breakpoint
ALTER TABLE `portal_accounts` ADD `last_action_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `portal_accounts_agency_email_unique` ON `portal_accounts` (`agency_id`,`email`);