ALTER TABLE `portal_accounts` ADD `last_sign_in_at` integer;--> statement-breakpoint
CREATE INDEX `portal_accounts_rollup_idx` ON `portal_accounts` (`agency_id`,`invited_at`,`id`,`status`,`link_deadline`,`latest_delivery`,`last_sign_in_at`);--> statement-breakpoint
UPDATE `portal_accounts` SET `last_sign_in_at` = (SELECT max(`at`) FROM `portal_logins` WHERE `portal_logins`.`account_id` = `portal_accounts`.`id` AND `portal_logins`.`outcome` IN ('success', 'claimed'));
