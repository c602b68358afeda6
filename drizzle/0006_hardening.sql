CREATE TABLE `client_id_owners` (
	`meeting_id` text NOT NULL,
	`client_id` integer NOT NULL,
	`user_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`meeting_id`, `client_id`)
);
--> statement-breakpoint
CREATE TABLE `storage_probe` (
	`id` integer PRIMARY KEY NOT NULL,
	`padding` blob
);
--> statement-breakpoint
CREATE TRIGGER client_id_owners_locked_update BEFORE UPDATE ON client_id_owners
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id IN (OLD.meeting_id, NEW.meeting_id) AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER client_id_owners_locked_delete BEFORE DELETE ON client_id_owners
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id = OLD.meeting_id AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
