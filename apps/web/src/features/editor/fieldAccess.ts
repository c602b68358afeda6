import { mayWrite, parseDocRoot } from '@anteckna/domain';
import type { Actor, Phase } from '@anteckna/domain';

/** What the write policy needs, read live from the document (phase, presenters). */
export interface FieldAccessContext {
  actor: Actor;
  phase: Phase;
  presenterIdsOf(itemId: string): readonly string[];
  presenterNamesOf(itemId: string): readonly string[];
  /** ISO date the minutes were approved, when they were. */
  approvedAt: string | null;
}

/** Why a field is read-only, in words a person understands (catalog keys under `access.`). */
export type ReadOnlyReason =
  | { code: 'locked'; date: string | null }
  | { code: 'liveSecretaryOnly' }
  | { code: 'circulatedSecretaryOnly' }
  | { code: 'notYetOpen' }
  | { code: 'decisionSecretaryOnly' }
  | { code: 'presentedBy'; names: readonly string[] }
  | { code: 'secretaryOnly' }
  | { code: 'unknownField' };

export type FieldAccess = { editable: true } | { editable: false; reason: ReadOnlyReason };

/**
 * The same answer the server's gate gives (`mayWrite`), plus the reason to show on the lock.
 * The policy's own reason codes say what rule applied; the person wants to know what to do,
 * so the most telling fact comes first: locked, then the phase, then who writes this field.
 */
export function fieldAccess(rootName: string, context: FieldAccessContext): FieldAccess {
  const verdict = mayWrite(context.actor, rootName, {
    phase: context.phase,
    presenterIdsOf: context.presenterIdsOf,
  });
  if (verdict.allowed) return { editable: true };
  if (verdict.reason === 'locked') return readOnly({ code: 'locked', date: context.approvedAt });
  if (verdict.reason === 'unknown_root') return readOnly({ code: 'unknownField' });
  if (context.phase === 'live') return readOnly({ code: 'liveSecretaryOnly' });
  if (context.phase === 'circulated') return readOnly({ code: 'circulatedSecretaryOnly' });
  const root = parseDocRoot(rootName);
  if (root.kind !== 'item') return readOnly({ code: 'secretaryOnly' });
  if (root.field === 'decision') return readOnly({ code: 'decisionSecretaryOnly' });
  if (verdict.reason === 'not_in_preparation') return readOnly({ code: 'notYetOpen' });
  const names = context.presenterNamesOf(root.itemId);
  if (names.length > 0) return readOnly({ code: 'presentedBy', names });
  return readOnly({ code: 'secretaryOnly' });
}

function readOnly(reason: ReadOnlyReason): FieldAccess {
  return { editable: false, reason };
}
