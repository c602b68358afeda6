CREATE TABLE `vacant_seats` (
	`id` text PRIMARY KEY NOT NULL,
	`body_id` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `vacant_seats_body_idx` ON `vacant_seats` (`body_id`);--> statement-breakpoint
ALTER TABLE `memberships` ADD `acting` integer DEFAULT false NOT NULL;