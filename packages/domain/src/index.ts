export { PHASES, isPhase, mayMovePhase } from './phase.ts';
export type { Phase } from './phase.ts';
export { BODY_ROLES } from './role.ts';
export type { Actor, BodyRole } from './role.ts';
export { ITEM_FIELDS, itemRootName, parseDocRoot } from './docRoot.ts';
export type { DocRoot, ItemField } from './docRoot.ts';
export { mayWrite } from './writePolicy.ts';
export type { MeetingWriteContext, WriteRefusalReason, WriteVerdict } from './writePolicy.ts';
export { CloseCode, isPermanentClose } from './closeCodes.ts';
export type { CloseCodeName, CloseCodeValue } from './closeCodes.ts';
export {
  formatSwedishDate,
  formatSwedishTime,
  formatSwedishTimeRange,
  formatVersionTime,
} from './swedishDate.ts';
export { stockholmInstant, stockholmWallClock } from './calendar/stockholmTime.ts';
