-- Which claim consumed a link, so the rest of that claim's batch applies only for it (two claims can share a millisecond).
ALTER TABLE `portal_tokens` ADD `consumed_by` text;