DROP INDEX `portal_tokens_expires_idx`;--> statement-breakpoint
CREATE INDEX `portal_tokens_live_expires_idx` ON `portal_tokens` (`expires_at`) WHERE consumed_at IS NULL AND voided_at IS NULL;--> statement-breakpoint
CREATE INDEX `portal_tokens_consumed_idx` ON `portal_tokens` (`consumed_at`) WHERE consumed_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `portal_tokens_voided_idx` ON `portal_tokens` (`voided_at`) WHERE voided_at IS NOT NULL;