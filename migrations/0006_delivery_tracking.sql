ALTER TABLE `portal_accounts` ADD `latest_send_id` text;--> statement-breakpoint
ALTER TABLE `portal_accounts` ADD `latest_delivery` text;--> statement-breakpoint
ALTER TABLE `portal_events` ADD `delivery_at` integer;--> statement-breakpoint
ALTER TABLE `portal_events` ADD `delivery_detail` text;--> statement-breakpoint
CREATE INDEX `portal_events_message_idx` ON `portal_events` (`provider_message_id`) WHERE provider_message_id IS NOT NULL;