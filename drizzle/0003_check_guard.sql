CREATE TABLE `body_aliases` (
	`id` text PRIMARY KEY NOT NULL,
	`body_id` text NOT NULL,
	`alias` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `body_aliases_body_alias_idx` ON `body_aliases` (`body_id`,`alias`);--> statement-breakpoint
CREATE TABLE `check_acknowledgements` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`snapshot_id` text NOT NULL,
	`user_id` text NOT NULL,
	`rules` text NOT NULL,
	`findings` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `check_acknowledgements_meeting_idx` ON `check_acknowledgements` (`meeting_id`);--> statement-breakpoint
-- What was acknowledged when the minutes were sent out is part of the record of that version.
CREATE TRIGGER check_acknowledgements_no_update BEFORE UPDATE ON check_acknowledgements
BEGIN SELECT RAISE(ABORT, 'acknowledged check warnings are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER check_acknowledgements_no_delete BEFORE DELETE ON check_acknowledgements
BEGIN SELECT RAISE(ABORT, 'acknowledged check warnings are immutable'); END;
