-- The locked record is whole at the database, as on SQLite (drizzle/0001_seal_triggers.sql,
-- 0003, 0004, 0005, 0006): the same triggers, in plpgsql. `anteckna_refuse` refuses every row
-- (immutable tables); `anteckna_refuse_locked` refuses a row when a column it names (OLD and NEW)
-- names a locked meeting; the rest say their own condition.
CREATE FUNCTION anteckna_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END $$;
--> statement-breakpoint
CREATE FUNCTION anteckna_refuse_locked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  named text[] := '{}';
  col text;
BEGIN
  FOREACH col IN ARRAY TG_ARGV LOOP
    IF TG_OP IN ('UPDATE', 'DELETE') THEN named := named || (to_jsonb(OLD) ->> col); END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN named := named || (to_jsonb(NEW) ->> col); END IF;
  END LOOP;
  IF EXISTS (SELECT 1 FROM meetings WHERE id = ANY (named) AND phase = 'locked') THEN
    RAISE EXCEPTION 'minutes are locked' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE FUNCTION anteckna_refuse_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_meeting text := CASE WHEN TG_OP = 'INSERT' THEN NEW.meeting_id ELSE OLD.meeting_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM seals WHERE meeting_id = row_meeting) THEN
    RAISE EXCEPTION 'minutes are locked' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE FUNCTION anteckna_keep_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.circulated OR EXISTS (SELECT 1 FROM seals WHERE meeting_id = OLD.meeting_id) THEN
    RAISE EXCEPTION 'circulated and sealed versions are kept forever' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE FUNCTION anteckna_meeting_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.phase = 'locked' THEN
    RAISE EXCEPTION 'minutes are locked' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER seals_no_update BEFORE UPDATE ON seals FOR EACH ROW EXECUTE FUNCTION anteckna_refuse('sealed minutes are immutable');
--> statement-breakpoint
CREATE TRIGGER seals_no_delete BEFORE DELETE ON seals FOR EACH ROW EXECUTE FUNCTION anteckna_refuse('sealed minutes are immutable');
--> statement-breakpoint
CREATE TRIGGER snapshots_no_update BEFORE UPDATE ON snapshots FOR EACH ROW EXECUTE FUNCTION anteckna_refuse('snapshots are immutable');
--> statement-breakpoint
CREATE TRIGGER snapshots_keep_records BEFORE DELETE ON snapshots FOR EACH ROW EXECUTE FUNCTION anteckna_keep_snapshot();
--> statement-breakpoint
CREATE TRIGGER doc_updates_locked BEFORE INSERT ON doc_updates FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_sealed();
--> statement-breakpoint
CREATE TRIGGER doc_updates_no_change BEFORE UPDATE ON doc_updates FOR EACH ROW EXECUTE FUNCTION anteckna_refuse('the update log is append-only');
--> statement-breakpoint
CREATE TRIGGER doc_updates_locked_delete BEFORE DELETE ON doc_updates FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_sealed();
--> statement-breakpoint
CREATE TRIGGER doc_states_locked BEFORE UPDATE OR DELETE ON doc_states FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_sealed();
--> statement-breakpoint
CREATE TRIGGER meetings_locked BEFORE UPDATE OR DELETE ON meetings FOR EACH ROW EXECUTE FUNCTION anteckna_meeting_locked();
--> statement-breakpoint
CREATE TRIGGER sealed_files_no_update BEFORE UPDATE ON sealed_files FOR EACH ROW EXECUTE FUNCTION anteckna_refuse('sealed files are immutable');
--> statement-breakpoint
CREATE TRIGGER sealed_files_no_delete BEFORE DELETE ON sealed_files FOR EACH ROW EXECUTE FUNCTION anteckna_refuse('sealed files are immutable');
--> statement-breakpoint
CREATE TRIGGER check_acknowledgements_no_update BEFORE UPDATE ON check_acknowledgements FOR EACH ROW EXECUTE FUNCTION anteckna_refuse('acknowledged check warnings are immutable');
--> statement-breakpoint
CREATE TRIGGER check_acknowledgements_no_delete BEFORE DELETE ON check_acknowledgements FOR EACH ROW EXECUTE FUNCTION anteckna_refuse('acknowledged check warnings are immutable');
--> statement-breakpoint
CREATE TRIGGER import_sources_no_update BEFORE UPDATE ON import_sources FOR EACH ROW EXECUTE FUNCTION anteckna_refuse('import sources are immutable');
--> statement-breakpoint
CREATE TRIGGER import_sources_no_delete BEFORE DELETE ON import_sources FOR EACH ROW EXECUTE FUNCTION anteckna_refuse('import sources are immutable');
--> statement-breakpoint
CREATE TRIGGER doc_states_locked_meeting BEFORE UPDATE OR DELETE ON doc_states FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_locked('meeting_id');
--> statement-breakpoint
CREATE TRIGGER doc_updates_locked_meeting BEFORE DELETE ON doc_updates FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_locked('meeting_id');
--> statement-breakpoint
CREATE TRIGGER snapshots_locked_meeting BEFORE DELETE ON snapshots FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_locked('meeting_id');
--> statement-breakpoint
CREATE TRIGGER meeting_presenters_locked_meeting BEFORE UPDATE OR DELETE ON meeting_presenters FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_locked('meeting_id');
--> statement-breakpoint
CREATE TRIGGER invitations_locked_meeting BEFORE UPDATE OR DELETE ON invitations FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_locked('meeting_id');
--> statement-breakpoint
CREATE TRIGGER attachments_locked_meeting BEFORE UPDATE OR DELETE ON attachments FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_locked('meeting_id');
--> statement-breakpoint
CREATE TRIGGER client_id_owners_locked_meeting BEFORE UPDATE OR DELETE ON client_id_owners FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_locked('meeting_id');
--> statement-breakpoint
CREATE TRIGGER carried_items_locked_meeting BEFORE UPDATE OR DELETE ON carried_items FOR EACH ROW EXECUTE FUNCTION anteckna_refuse_locked('from_meeting_id', 'to_meeting_id');
--> statement-breakpoint
-- Search (apps/server/src/search/postgresSearch.ts): the texts of each search row, with a
-- weighted tsvector in a configuration that folds diacritics (unaccent), so "lansstyrelsen" finds
-- "Länsstyrelsen" and ts_headline marks the word as written. Emptied with its row.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION anteckna (COPY = pg_catalog.simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION anteckna
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
--> statement-breakpoint
-- Words are letters and digits, everything else separates them (as FTS5's unicode61): the
-- parser's own file, URL and hyphenated tokens would hide "offentlig" in "plan-offentlig.pdf".
CREATE FUNCTION anteckna_words(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN to_tsvector('anteckna'::regconfig, regexp_replace($1, '[^[:alnum:]]+', ' ', 'g'));
--> statement-breakpoint
CREATE TABLE search_text (
  id integer PRIMARY KEY REFERENCES search_rows (id) ON DELETE CASCADE,
  title text NOT NULL,
  body text NOT NULL,
  decision text NOT NULL,
  attachments text NOT NULL,
  attendance text NOT NULL,
  document tsvector GENERATED ALWAYS AS (
    setweight(anteckna_words(title), 'A') ||
    setweight(anteckna_words(decision), 'B') ||
    setweight(anteckna_words(body), 'C') ||
    setweight(anteckna_words(attachments), 'D') ||
    setweight(anteckna_words(attendance), 'D')
  ) STORED
);
--> statement-breakpoint
CREATE INDEX search_text_document_idx ON search_text USING gin (document);
--> statement-breakpoint
-- The registers list a meeting's clauses in the order the index wrote them, as SQLite's rowid.
ALTER TABLE register_clauses ADD COLUMN rowid bigint GENERATED ALWAYS AS IDENTITY;
