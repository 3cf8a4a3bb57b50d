-- SPEC §14: the language travelers read the portal and its emails in. The agency's default
-- (Settings → Client portal), and each contact's own (null: the agency's). The CHECKs keep any
-- other value out, whatever writes the row.
ALTER TABLE `agencies` ADD `portal_language` text DEFAULT 'en' NOT NULL CHECK (`portal_language` IN ('en', 'es', 'fr', 'de', 'pt'));--> statement-breakpoint
ALTER TABLE `contacts` ADD `language` text CHECK (`language` IN ('en', 'es', 'fr', 'de', 'pt'));
