-- Search and the registers: read models rebuilt from the minutes (apps/server/src/search). Safe to
-- empty: the server fills them again from the documents at start.
CREATE TABLE `search_rows` (
	`id` integer PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`item_id` text,
	`item_number` text DEFAULT '' NOT NULL,
	`item_title` text DEFAULT '' NOT NULL,
	`public` integer NOT NULL,
	`carried_from_meeting_id` text,
	`carried_from_item_id` text
);
--> statement-breakpoint
CREATE INDEX `search_rows_meeting_idx` ON `search_rows` (`meeting_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_text` USING fts5(
	`title`, `body`, `decision`, `attachments`, `attendance`,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `search_rows_delete_text` AFTER DELETE ON `search_rows` BEGIN
	DELETE FROM `search_text` WHERE `rowid` = old.`id`;
END;
--> statement-breakpoint
CREATE TABLE `register_clauses` (
	`meeting_id` text NOT NULL,
	`body_id` text NOT NULL,
	`item_id` text NOT NULL,
	`item_number` text NOT NULL,
	`item_title` text NOT NULL,
	`position` integer NOT NULL,
	`type` text NOT NULL,
	`text` text NOT NULL,
	`target` text,
	`due` text,
	`term_from` text,
	`term_to` text,
	`role` text,
	PRIMARY KEY(`meeting_id`, `item_id`, `position`)
);
--> statement-breakpoint
CREATE INDEX `register_clauses_body_idx` ON `register_clauses` (`body_id`);
--> statement-breakpoint
CREATE TABLE `task_follow_ups` (
	`meeting_id` text NOT NULL,
	`item_id` text NOT NULL,
	`position` integer NOT NULL,
	`done_at` text NOT NULL,
	`done_by` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `item_id`, `position`)
);
