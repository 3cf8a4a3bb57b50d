ALTER TABLE `portal_tokens` ADD `landing` text;--> statement-breakpoint
ALTER TABLE `trip_documents` ADD `description` text;--> statement-breakpoint
ALTER TABLE `trip_documents` ADD `line_items` text;--> statement-breakpoint
ALTER TABLE `trip_documents` ADD `first_shared_by` text;