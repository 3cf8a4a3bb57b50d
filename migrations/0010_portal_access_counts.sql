CREATE TABLE `portal_account_counts` (
	`agency_id` text PRIMARY KEY NOT NULL,
	`accounts` integer DEFAULT 0 NOT NULL,
	`pending` integer DEFAULT 0 NOT NULL,
	`disabled` integer DEFAULT 0 NOT NULL,
	`bounced` integer DEFAULT 0 NOT NULL,
	`never_signed_in` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `portal_accounts_status_idx` ON `portal_accounts` (`agency_id`,`status`,`invited_at`);--> statement-breakpoint
CREATE INDEX `portal_accounts_deadline_idx` ON `portal_accounts` (`agency_id`,`status`,`link_deadline`);--> statement-breakpoint
-- Portal access counts per agency, kept by these triggers in the same transaction as every
-- write to portal_accounts. A state counts as 1 or 0: (status = 'pending') is 1 or 0, and a
-- delivery that is NULL counts as not bounced.
INSERT INTO `portal_account_counts` (`agency_id`, `accounts`, `pending`, `disabled`, `bounced`, `never_signed_in`)
SELECT `agency_id`, count(*), sum(`status` = 'pending'), sum(`status` = 'disabled'),
  sum(ifnull(`latest_delivery` IN ('bounced', 'complaint'), 0)), sum(`last_sign_in_at` IS NULL)
FROM `portal_accounts` GROUP BY `agency_id`;
--> statement-breakpoint
CREATE TRIGGER `portal_account_counts_insert` AFTER INSERT ON `portal_accounts`
BEGIN
  INSERT INTO `portal_account_counts` (`agency_id`) SELECT NEW.`agency_id`
    WHERE NOT EXISTS (SELECT 1 FROM `portal_account_counts` WHERE `agency_id` = NEW.`agency_id`);
  UPDATE `portal_account_counts` SET
    `accounts` = `accounts` + 1,
    `pending` = `pending` + (NEW.`status` = 'pending'),
    `disabled` = `disabled` + (NEW.`status` = 'disabled'),
    `bounced` = `bounced` + ifnull(NEW.`latest_delivery` IN ('bounced', 'complaint'), 0),
    `never_signed_in` = `never_signed_in` + (NEW.`last_sign_in_at` IS NULL)
  WHERE `agency_id` = NEW.`agency_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `portal_account_counts_update` AFTER UPDATE OF `agency_id`, `status`, `latest_delivery`, `last_sign_in_at` ON `portal_accounts`
BEGIN
  UPDATE `portal_account_counts` SET
    `accounts` = `accounts` - 1,
    `pending` = `pending` - (OLD.`status` = 'pending'),
    `disabled` = `disabled` - (OLD.`status` = 'disabled'),
    `bounced` = `bounced` - ifnull(OLD.`latest_delivery` IN ('bounced', 'complaint'), 0),
    `never_signed_in` = `never_signed_in` - (OLD.`last_sign_in_at` IS NULL)
  WHERE `agency_id` = OLD.`agency_id`;
  INSERT INTO `portal_account_counts` (`agency_id`) SELECT NEW.`agency_id`
    WHERE NOT EXISTS (SELECT 1 FROM `portal_account_counts` WHERE `agency_id` = NEW.`agency_id`);
  UPDATE `portal_account_counts` SET
    `accounts` = `accounts` + 1,
    `pending` = `pending` + (NEW.`status` = 'pending'),
    `disabled` = `disabled` + (NEW.`status` = 'disabled'),
    `bounced` = `bounced` + ifnull(NEW.`latest_delivery` IN ('bounced', 'complaint'), 0),
    `never_signed_in` = `never_signed_in` + (NEW.`last_sign_in_at` IS NULL)
  WHERE `agency_id` = NEW.`agency_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `portal_account_counts_delete` AFTER DELETE ON `portal_accounts`
BEGIN
  UPDATE `portal_account_counts` SET
    `accounts` = `accounts` - 1,
    `pending` = `pending` - (OLD.`status` = 'pending'),
    `disabled` = `disabled` - (OLD.`status` = 'disabled'),
    `bounced` = `bounced` - ifnull(OLD.`latest_delivery` IN ('bounced', 'complaint'), 0),
    `never_signed_in` = `never_signed_in` - (OLD.`last_sign_in_at` IS NULL)
  WHERE `agency_id` = OLD.`agency_id`;
END;
