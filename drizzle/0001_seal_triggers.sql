-- Approved minutes are a public record that must never change. These triggers make the database
-- itself refuse it, whatever code (or person with a SQL shell) tries.
CREATE TRIGGER seals_no_update BEFORE UPDATE ON seals
BEGIN SELECT RAISE(ABORT, 'sealed minutes are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER seals_no_delete BEFORE DELETE ON seals
BEGIN SELECT RAISE(ABORT, 'sealed minutes are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER snapshots_no_update BEFORE UPDATE ON snapshots
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER snapshots_keep_records BEFORE DELETE ON snapshots
WHEN OLD.circulated = 1 OR EXISTS (SELECT 1 FROM seals WHERE seals.meeting_id = OLD.meeting_id)
BEGIN SELECT RAISE(ABORT, 'circulated and sealed versions are kept forever'); END;
--> statement-breakpoint
CREATE TRIGGER doc_updates_locked BEFORE INSERT ON doc_updates
WHEN EXISTS (SELECT 1 FROM seals WHERE seals.meeting_id = NEW.meeting_id)
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER doc_updates_no_change BEFORE UPDATE ON doc_updates
BEGIN SELECT RAISE(ABORT, 'the update log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER doc_updates_locked_delete BEFORE DELETE ON doc_updates
WHEN EXISTS (SELECT 1 FROM seals WHERE seals.meeting_id = OLD.meeting_id)
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER doc_states_locked BEFORE UPDATE ON doc_states
WHEN EXISTS (SELECT 1 FROM seals WHERE seals.meeting_id = OLD.meeting_id)
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER meetings_locked BEFORE UPDATE ON meetings
WHEN OLD.phase = 'locked'
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER sealed_files_no_update BEFORE UPDATE ON sealed_files
BEGIN SELECT RAISE(ABORT, 'sealed files are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER sealed_files_no_delete BEFORE DELETE ON sealed_files
BEGIN SELECT RAISE(ABORT, 'sealed files are immutable'); END;
