CREATE TABLE `mail_outbound` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`account_id` text NOT NULL,
	`event_id` text,
	`token_id` text,
	`template` text NOT NULL,
	`recipient` text NOT NULL,
	`payload` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`claimed_at` integer,
	`channel` text,
	`provider_message_id` text,
	`last_error` text,
	`created_at` integer NOT NULL,
	`done_at` integer,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `portal_accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mail_outbound_account_idx` ON `mail_outbound` (`account_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `portal_slug_redirects` (
	`slug` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `portal_slug_redirects_agency_idx` ON `portal_slug_redirects` (`agency_id`);--> statement-breakpoint
ALTER TABLE `agencies` ADD `remind_before_expiry` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `agencies` ADD `time_zone` text;--> statement-breakpoint
ALTER TABLE `portal_tokens` ADD `is_reminder` integer DEFAULT false NOT NULL;