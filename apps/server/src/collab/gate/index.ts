export type { GateDecision } from './gateDecision.ts';
export { decideUpdateRoots } from './decideUpdateRoots.ts';
export { applyGuarded, type GuardedApplyResult } from './applyGuarded.ts';
export {
  PendingUpdateBuffer,
  DEFAULT_PENDING_MAX_AGE_MS,
  DEFAULT_PENDING_MAX_BYTES,
  type BufferMerge,
  type PendingUpdateBufferOptions,
} from './pendingUpdateBuffer.ts';
export { measureGateCost, type GateCost } from './measureGateCost.ts';
