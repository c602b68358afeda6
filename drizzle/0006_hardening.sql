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
