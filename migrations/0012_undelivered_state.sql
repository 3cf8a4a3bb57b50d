-- A bounce Postmark reports has already ended its tries (https://postmarkapp.com/developer/webhooks/bounce-webhook):
-- "soft_bounced" ("Delivery delayed") becomes "undelivered" ("Not delivered", send it again).
-- Neither counts as bounced in portal_account_counts, so the counts triggers have nothing to move.
UPDATE `portal_accounts` SET `latest_delivery` = 'undelivered' WHERE `latest_delivery` = 'soft_bounced';
--> statement-breakpoint
UPDATE `portal_events` SET `delivery_status` = 'undelivered' WHERE `delivery_status` = 'soft_bounced';
