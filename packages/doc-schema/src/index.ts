// The front door of @anteckna/doc-schema: the meeting document, version 2 (SPEC.md).

// Read model
export { CLAUSE_TYPES, ITEM_KINDS, ITEM_STATUSES, STANDING_ITEMS } from './minutesModel.ts';
export type {
  AgendaItem,
  Approval,
  Attachment,
  AttendanceEntry,
  AttendanceStatus,
  Block,
  ClauseType,
  DecisionClause,
  DocSchemaVersion,
  ImportedSource,
  ItemKind,
  ItemStatus,
  MeetingHeader,
  MeetingMode,
  MinutesModel,
  OrganisationAttendance,
  PersonRef,
  SecondSession,
  SignatureBlock,
  Signer,
  StandingItem,
  TextRun,
  UpcomingMeeting,
} from './minutesModel.ts';

// Layout and errors
export {
  DOC_SCHEMA_VERSION,
  ROOT_AGENDA,
  ROOT_ATTENDANCE,
  ROOT_MEETING,
  agendaArray,
  attendanceMap,
  isValidId,
  itemFragment,
  meetingMap,
  newId,
} from './layout/docLayout.ts';
export { DocSchemaError, isDocSchemaError } from './layout/docSchemaError.ts';
export type { DocSchemaErrorId } from './layout/docSchemaError.ts';

// Readers
export { readMinutes } from './readMinutes.ts';
export { docVersion } from './layout/docVersion.ts';
export { migrateMeetingDoc } from './migration/migrateMeetingDoc.ts';
export { readMinutesAsWritten } from './migration/readMinutesAsWritten.ts';
export { readBlocks } from './blocks/readBlocks.ts';
export { plainText } from './blocks/textRuns.ts';
export { blocksText } from './blocks/blocksText.ts';
export { readClauseRefs, readDecision } from './decision/readDecision.ts';
export type { ClauseRef } from './decision/readDecision.ts';
export { readAgendaRecords } from './agenda/agendaRecord.ts';
export type { AgendaRecord, StoredAttachment } from './agenda/agendaRecord.ts';
export { MARKED_STATUSES, isUnmarked, notRepresented } from './attendance/readAttendance.ts';

// Writers
export { initMeetingDoc } from './meeting/initMeetingDoc.ts';
export type { InitMeetingOptions, MeetingHeaderInput } from './meeting/initMeetingDoc.ts';
export {
  setMeetingPhase,
  setOrganisations,
  updateMeetingHeader,
  writeApproval,
} from './meeting/updateMeetingHeader.ts';
export type { MeetingHeaderPatch } from './meeting/updateMeetingHeader.ts';
export { readCurrentItemId, setCurrentItem } from './meeting/currentItem.ts';
export {
  SECOND_SESSION_LABEL_MAX,
  SECOND_SESSION_PLACE_MAX,
  isClockTime,
  setSecondSession,
  validateSecondSession,
} from './meeting/secondSession.ts';
export type { SecondSessionInput } from './meeting/secondSession.ts';
export { CALENDAR_ITEM_TITLE, setUpcomingMeetings } from './meeting/upcomingMeetings.ts';
export {
  MAX_ADJUSTERS,
  emptySignatureBlock,
  setSignatureBlock,
  updateSignatureBlock,
} from './meeting/signatureBlock.ts';
export { addAgendaItem } from './agenda/addAgendaItem.ts';
export type { AgendaItemInput } from './agenda/addAgendaItem.ts';
export { updateAgendaItem } from './agenda/updateAgendaItem.ts';
export type { AgendaItemPatch } from './agenda/agendaInput.ts';
export { moveAgendaItem } from './agenda/moveAgendaItem.ts';
export type { AgendaTarget } from './agenda/moveAgendaItem.ts';
export { removeAgendaItem } from './agenda/removeAgendaItem.ts';
export { standingItems } from './agenda/standingItems.ts';
export { removeAttendance, setAttendance, updateAttendance } from './attendance/setAttendance.ts';
export type { AttendancePatch, AttendanceInput } from './attendance/setAttendance.ts';
export { writeBlocks } from './blocks/writeBlocks.ts';
export { writeDecisionClauses } from './decision/writeDecisionClauses.ts';
export { FOLLOWED_UP } from './decision/followUp.ts';
export { setClauseDue, updateClauseAttributes } from './decision/setClauseDue.ts';
export type { ClauseAttributesPatch } from './decision/setClauseDue.ts';
export { clausePosition, recordedClauseIndex } from './decision/locateClause.ts';
export type { ClauseAt, RecordedClause } from './decision/locateClause.ts';
export { ELECTION_ROLES, electionTermText, withElectionTerm } from './decision/election.ts';
export type { Election } from './decision/election.ts';
export { adoptProposalAsDecision, proposalClauses } from './decision/adoptProposalAsDecision.ts';
export { inferClause, inferClauseType } from './decision/inferClause.ts';
export { clauseTemplates } from './decision/clauseTemplates.ts';
export type { ClauseTemplate } from './decision/clauseTemplates.ts';

// Mistake check
export { checkMinutes, hasErrors } from './check/checkMinutes.ts';
export { CHECK_RULES, isCheckRuleId } from './check/checkRule.ts';
export type { CheckRuleId, FindingSeverity } from './check/checkRule.ts';
export type {
  CheckContext,
  CheckLanguage,
  Finding,
  KnownElection,
  OtherBody,
} from './check/finding.ts';
export { clauseHasVerb } from './check/clauseVerbs.ts';

// Editor schema (headless)
export { decisionExtensions, minutesExtensions } from './editor/minutesExtensions.ts';
export {
  DecisionClause as DecisionClauseNode,
  DecisionDocument,
} from './editor/decisionClauseNode.ts';

// Fixtures (modelled on the seed minutes; invented people)
export { buildSeed001Doc } from './fixtures/seed001.ts';
export type { SeedFixtureOptions } from './fixtures/seed001.ts';
export { buildSeed002Doc } from './fixtures/seed002.ts';
export {
  COUNTY_NETWORK_BODY,
  COUNTY_NETWORK_ORGANISATIONS,
  FIXTURE_USER_IDS,
} from './fixtures/fixtureParts.ts';
export {
  COUNTY_NETWORK_ALIAS,
  COUNTY_NETWORK_CONTEXT,
  PLANTED_MISTAKES,
  WELFARE_COUNCIL_BODY,
} from './fixtures/plantedMistakes.ts';
export type { PlantedMistake } from './fixtures/plantedMistakes.ts';
