-- The locked record is whole at the database: no row that names a locked meeting can be changed
-- or deleted, in any table, whatever code (or person with a SQL shell) tries. 0001 guards the
-- seal, the snapshots, the sealed files, the update log and the meeting row against UPDATE; these
-- add DELETE where it was missing and every other table that names a meeting. A row may not be
-- moved into a locked meeting either (NEW as well as OLD). Reading, sessions and everything about
-- other meetings are untouched.
CREATE TRIGGER meetings_locked_delete BEFORE DELETE ON meetings
WHEN OLD.phase = 'locked'
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER doc_states_locked_delete BEFORE DELETE ON doc_states
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id = OLD.meeting_id AND meetings.phase = 'locked')
  OR EXISTS (SELECT 1 FROM seals WHERE seals.meeting_id = OLD.meeting_id)
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER doc_states_locked_meeting_update BEFORE UPDATE ON doc_states
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id IN (OLD.meeting_id, NEW.meeting_id) AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER doc_updates_locked_meeting_delete BEFORE DELETE ON doc_updates
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id = OLD.meeting_id AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER snapshots_locked_delete BEFORE DELETE ON snapshots
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id = OLD.meeting_id AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER meeting_presenters_locked_update BEFORE UPDATE ON meeting_presenters
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id IN (OLD.meeting_id, NEW.meeting_id) AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER meeting_presenters_locked_delete BEFORE DELETE ON meeting_presenters
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id = OLD.meeting_id AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER invitations_locked_update BEFORE UPDATE ON invitations
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id IN (OLD.meeting_id, NEW.meeting_id) AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER invitations_locked_delete BEFORE DELETE ON invitations
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id = OLD.meeting_id AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER attachments_locked_update BEFORE UPDATE ON attachments
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id IN (OLD.meeting_id, NEW.meeting_id) AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER attachments_locked_delete BEFORE DELETE ON attachments
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id = OLD.meeting_id AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER carried_items_locked_update BEFORE UPDATE ON carried_items
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id IN (OLD.from_meeting_id, OLD.to_meeting_id, NEW.from_meeting_id, NEW.to_meeting_id) AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
--> statement-breakpoint
CREATE TRIGGER carried_items_locked_delete BEFORE DELETE ON carried_items
WHEN EXISTS (SELECT 1 FROM meetings WHERE meetings.id IN (OLD.from_meeting_id, OLD.to_meeting_id) AND meetings.phase = 'locked')
BEGIN SELECT RAISE(ABORT, 'minutes are locked'); END;
