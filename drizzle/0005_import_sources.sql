CREATE TABLE `import_sources` (
	`meeting_id` text PRIMARY KEY NOT NULL,
	`body_id` text NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`encoding` text,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`approved` integer NOT NULL,
	`finding_count` integer NOT NULL,
	`imported_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_sources_body_idx` ON `import_sources` (`body_id`);
--> statement-breakpoint
-- Where a record came from is part of the record: never changed, never removed.
CREATE TRIGGER `import_sources_no_update` BEFORE UPDATE ON `import_sources`
BEGIN SELECT RAISE(ABORT, 'import sources are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER `import_sources_no_delete` BEFORE DELETE ON `import_sources`
BEGIN SELECT RAISE(ABORT, 'import sources are immutable'); END;
