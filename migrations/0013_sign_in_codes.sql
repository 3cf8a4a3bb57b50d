CREATE TABLE `portal_sign_in_codes` (
	`account_id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`code_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`wrong_attempts` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `portal_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `portal_sign_in_codes_expires_idx` ON `portal_sign_in_codes` (`expires_at`);--> statement-breakpoint
ALTER TABLE `portal_logins` ADD `method` text;