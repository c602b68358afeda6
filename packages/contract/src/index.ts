// The front door of @anteckna/contract: the HTTP contract between the server and the web app.
// Each endpoint is declared once here; the server defines its route from it, the web app calls
// it through it. Schemas are plain zod (no server code), so the web bundle can carry them.

// Endpoints and the error answer
export { endpoint, endpointPath } from './http/endpoint.ts';
export type { Endpoint, EndpointInput, EndpointResponse, HttpMethod } from './http/endpoint.ts';
export { ErrorSchema } from './http/errorSchema.ts';
export type { ErrorBody, ErrorDetails } from './http/errorSchema.ts';
export { MeetingParams, pathId } from './http/pathParams.ts';
export { openApiEndpoint } from './http/openApiEndpoint.ts';

// The minutes (the read model of @anteckna/doc-schema)
export {
  AgendaItemSchema,
  AttachmentSchema,
  AttendanceEntrySchema,
  BlockSchema,
  DecisionClauseSchema,
  MeetingHeaderSchema,
  MeetingModeSchema,
  MinutesSchema,
  PersonRefSchema,
  PhaseSchema,
  SecondSessionSchema,
  StoredAttachmentSchema,
  TextRunSchema,
  UpcomingMeetingSchema,
} from './minutes/minutesSchema.ts';

// Sign-in and the session
export {
  LoginRequestSchema,
  MeSchema,
  MembershipSchema,
  PasswordChangeRequestSchema,
  UserSchema,
  loginEndpoint,
  logoutEndpoint,
  meEndpoint,
  passwordChangeEndpoint,
} from './auth/authEndpoints.ts';
export type { Me, Membership, User } from './auth/authEndpoints.ts';

// Meetings
export {
  CreateMeetingRequestSchema,
  MEETING_ROLES,
  MeetingAccessSchema,
  MeetingDetailSchema,
  MeetingSummarySchema,
  PersonOptionSchema,
  SecondSessionRequestSchema,
  createMeetingEndpoint,
  meetingDetailEndpoint,
  meetingListEndpoint,
  meetingPeopleEndpoint,
  movePhaseEndpoint,
  removeSecondSessionEndpoint,
  setSecondSessionEndpoint,
} from './meetings/meetingEndpoints.ts';
export type {
  CreateMeetingRequest,
  MeetingAccess,
  MeetingDetail,
  MeetingRole,
  MeetingSummary,
  PersonOption,
  SecondSessionRequest,
} from './meetings/meetingEndpoints.ts';

// Versions and comparison
export {
  AttendanceChangeSchema,
  AttendanceStateSchema,
  COMPARED_HEADER_FIELDS,
  CURRENT,
  ComparisonSchema,
  HeaderChangeSchema,
  DIFF_FIELDS,
  ItemDiffSchema,
  SnapshotListSchema,
  SnapshotSchema,
  SnapshotWithMinutesSchema,
  compareEndpoint,
  snapshotEndpoint,
  snapshotListEndpoint,
  takeSnapshotEndpoint,
} from './history/historyEndpoints.ts';
export type {
  AttendanceChange,
  AttendanceState,
  Comparison,
  HeaderChange,
  HeaderField,
  DiffField,
  DiffPart,
  DiffPartKind,
  FieldDiff,
  ItemDiff,
  ItemDiffStatus,
  Snapshot,
  SnapshotList,
  SnapshotWithMinutes,
} from './history/historyEndpoints.ts';

// The mistake check, and the guard of circulation and approval
export {
  AcknowledgedWarningsSchema,
  CheckFindingSchema,
  CheckRefusedSchema,
  CheckResultSchema,
  checkEndpoint,
} from './check/checkEndpoints.ts';
export type { CheckRefused, CheckResult } from './check/checkEndpoints.ts';

// Approval of the previous minutes, and the seal
export {
  APPROVAL_DECISIONS,
  ApprovalAnswerSchema,
  ApprovalRequestSchema,
  approvePreviousEndpoint,
} from './approval/approvalEndpoints.ts';
export type {
  ApprovalAnswer,
  ApprovalDecision,
  ApprovalRequest,
} from './approval/approvalEndpoints.ts';
export { SealSchema, sealEndpoint } from './seal/sealEndpoints.ts';
export type { Seal } from './seal/sealEndpoints.ts';

// Invitations of presenters
export {
  AcceptInvitationRequestSchema,
  InvitationSchema,
  acceptInvitationEndpoint,
  createInvitationEndpoint,
  invitationEndpoint,
} from './invitations/invitationEndpoints.ts';
export type { Invitation } from './invitations/invitationEndpoints.ts';

// Attachments
export {
  AttachmentUploadFormSchema,
  attachmentFileEndpoint,
  uploadAttachmentEndpoint,
} from './attachments/attachmentEndpoints.ts';

// Bodies and their people
export {
  AddBodyAliasRequestSchema,
  AddMemberOrganisationRequestSchema,
  AddMemberRequestSchema,
  AddVacancyRequestSchema,
  BodyAliasSchema,
  BodyMemberSchema,
  BodySchema,
  MoveMemberOrganisationRequestSchema,
  UpdateBodyRequestSchema,
  UpdateMemberRequestSchema,
  VacantSeatSchema,
  addBodyAliasEndpoint,
  addMemberEndpoint,
  addMemberOrganisationEndpoint,
  addVacancyEndpoint,
  bodyAliasesEndpoint,
  bodyEndpoint,
  moveMemberOrganisationEndpoint,
  removeBodyAliasEndpoint,
  removeMemberEndpoint,
  removeMemberOrganisationEndpoint,
  removeVacancyEndpoint,
  updateBodyEndpoint,
  updateMemberEndpoint,
} from './bodies/bodyEndpoints.ts';
export type {
  AddBodyAliasRequest,
  AddMemberOrganisationRequest,
  AddMemberRequest,
  AddVacancyRequest,
  BodyAlias,
  BodyDetail,
  BodyMember,
  MoveMemberOrganisationRequest,
  UpdateBodyRequest,
  UpdateMemberRequest,
  VacantSeat,
} from './bodies/bodyEndpoints.ts';

// Exports and the public pages
export { EXPORT_FORMATS, ExportQuerySchema, exportEndpoint } from './exports/exportEndpoints.ts';
export type { ExportFormat } from './exports/exportEndpoints.ts';
export {
  PUBLIC_FORMATS,
  PublicBodiesSchema,
  PublicBodySchema,
  PublicMinutesSchema,
  PublicSealSchema,
  publicBodiesEndpoint,
  publicBodyEndpoint,
  publicMinutesFileEndpoint,
  publicSealEndpoint,
} from './public/publicEndpoints.ts';
export type {
  PublicBodies,
  PublicBody,
  PublicMinutes,
  PublicSeal,
} from './public/publicEndpoints.ts';

// The body's year
export {
  PlanYearRequestSchema,
  PlannedMeetingSchema,
  planYearEndpoint,
  publicCalendarEndpoint,
} from './calendar/calendarEndpoints.ts';
export type { PlanYearRequest } from './calendar/calendarEndpoints.ts';

// Search
export {
  MAX_SEARCH_QUERY_LENGTH,
  SearchHitSchema,
  SearchQuerySchema,
  SearchResultSchema,
  publicSearchEndpoint,
  searchEndpoint,
} from './search/searchEndpoints.ts';
export type { SearchHit, SearchResult } from './search/searchEndpoints.ts';

// The registers: decisions, tasks and forwards, roles
export {
  DecisionEntrySchema,
  DecisionFilterSchema,
  DecisionRegisterSchema,
  TASK_STATUSES,
  TaskEntrySchema,
  TaskRegisterSchema,
  TaskUpdateSchema,
  decisionRegisterCsvEndpoint,
  decisionRegisterEndpoint,
  taskRegisterEndpoint,
  updateTaskEndpoint,
} from './registers/registerEndpoints.ts';
export type {
  DecisionEntry,
  DecisionRegister,
  TaskEntry,
  TaskRegister,
} from './registers/registerEndpoints.ts';
export {
  ElectionUpdateSchema,
  ROLE_STATUSES,
  RoleEntrySchema,
  RoleRegisterSchema,
  roleRegisterEndpoint,
  updateElectionEndpoint,
} from './registers/roleEndpoints.ts';
export type { RoleEntry, RoleRegister } from './registers/roleEndpoints.ts';

// Imports of legacy minutes
export {
  FindingSchema,
  ImportFormSchema,
  ImportLineSchema,
  ImportPreviewSchema,
  ImportedMinutesSchema,
  importMinutesEndpoint,
  importPreviewEndpoint,
} from './imports/importEndpoints.ts';
export type {
  Finding,
  ImportLine,
  ImportPreview,
  ImportedMinutes,
} from './imports/importEndpoints.ts';

// Health
export {
  RedisUnavailableHealthSchema,
  StorageFullHealthSchema,
  healthEndpoint,
} from './health/healthEndpoints.ts';
