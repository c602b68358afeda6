-- The register of roles (SPEC rule V6): the elected person's id beside the role and term that
-- 0007 made room for. The registers are read models of the minutes: emptied here so the server
-- fills them again from the documents at start (backfill), now with each election's role and term.
ALTER TABLE `register_clauses` ADD `person_id` text;
--> statement-breakpoint
DELETE FROM `register_clauses`;
--> statement-breakpoint
DELETE FROM `search_rows`;
