CREATE TABLE `advisors` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`gmail_email` text,
	`gmail_refresh_token_sealed` text,
	`gmail_status` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `advisors_email_unique` ON `advisors` (`email`);--> statement-breakpoint
CREATE INDEX `advisors_agency_idx` ON `advisors` (`agency_id`);--> statement-breakpoint
CREATE TABLE `agencies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`portal_slug` text,
	`logo_url` text,
	`brand_color` text DEFAULT '#1f6f78' NOT NULL,
	`auto_invite_on_first_share` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_portal_slug_unique` ON `agencies` (`portal_slug`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`email` text,
	`phone` text,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_agency_email_idx` ON `contacts` (`agency_id`,`email`);--> statement-breakpoint
CREATE INDEX `contacts_agency_name_idx` ON `contacts` (`agency_id`,`last_name`);--> statement-breakpoint
CREATE TABLE `dev_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`from_address` text NOT NULL,
	`to_address` text NOT NULL,
	`reply_to` text,
	`subject` text NOT NULL,
	`html` text NOT NULL,
	`text` text NOT NULL,
	`tag` text
);
--> statement-breakpoint
CREATE INDEX `dev_outbox_at_idx` ON `dev_outbox` (`at`);--> statement-breakpoint
CREATE TABLE `portal_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`contact_id` text NOT NULL,
	`email` text NOT NULL,
	`status` text NOT NULL,
	`password_hash` text,
	`invited_at` integer,
	`invited_by` text,
	`activated_at` integer,
	`disabled_at` integer,
	`disabled_by` text,
	`disabled_why` text,
	`reenabled_at` integer,
	`reenabled_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `portal_accounts_contact_unique` ON `portal_accounts` (`contact_id`);--> statement-breakpoint
CREATE INDEX `portal_accounts_agency_email_idx` ON `portal_accounts` (`agency_id`,`email`);--> statement-breakpoint
CREATE TABLE `portal_events` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`account_id` text NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`actor_id` text,
	`actor_label` text,
	`channel` text,
	`recipient` text,
	`provider_message_id` text,
	`delivery_status` text,
	`detail` text,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `portal_accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `portal_events_account_idx` ON `portal_events` (`account_id`,`at`);--> statement-breakpoint
CREATE TABLE `portal_logins` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`account_id` text NOT NULL,
	`at` integer NOT NULL,
	`outcome` text NOT NULL,
	`ip` text,
	`country` text,
	`city` text,
	`user_agent` text,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `portal_accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `portal_logins_account_idx` ON `portal_logins` (`account_id`,`at`);--> statement-breakpoint
CREATE TABLE `portal_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`account_id` text NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	`expires_at` integer NOT NULL,
	`consumed_at` integer,
	`voided_at` integer,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `portal_accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `portal_tokens_hash_unique` ON `portal_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `portal_tokens_account_idx` ON `portal_tokens` (`account_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `portal_tokens_expires_idx` ON `portal_tokens` (`expires_at`);--> statement-breakpoint
CREATE TABLE `trip_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`trip_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`first_shared_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trip_documents_trip_idx` ON `trip_documents` (`trip_id`);--> statement-breakpoint
CREATE TABLE `trip_travelers` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`trip_id` text NOT NULL,
	`contact_id` text NOT NULL,
	`is_primary` integer DEFAULT false NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trip_travelers_trip_contact_unique` ON `trip_travelers` (`trip_id`,`contact_id`);--> statement-breakpoint
CREATE INDEX `trip_travelers_contact_idx` ON `trip_travelers` (`contact_id`);--> statement-breakpoint
CREATE TABLE `trips` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`title` text NOT NULL,
	`destination` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trips_agency_idx` ON `trips` (`agency_id`,`starts_on`);