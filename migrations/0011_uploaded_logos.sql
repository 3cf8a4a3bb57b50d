-- Logos are uploaded (SPEC §6): logo_url now only holds the path of an uploaded logo,
-- /brand/<sha-256>-<w>x<h>.<png|jpg>. Typed URLs (often SVG, which Gmail and Outlook drop) are
-- cleared, so those agencies show their name alone until someone uploads a PNG or JPEG.
UPDATE `agencies` SET `logo_url` = NULL WHERE `logo_url` IS NOT NULL AND `logo_url` NOT LIKE '/brand/%';
