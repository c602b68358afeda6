/** The lifecycle of one set of minutes. Order matters: a meeting only moves forward. */
export const PHASES = ['planned', 'preparation', 'live', 'circulated', 'locked'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Moves the secretary may make by hand. `locked` is absent on purpose: minutes are locked
 * only by the approval decision of the body's next meeting, never by a button.
 */
const MANUAL_TRANSITIONS: Record<Phase, readonly Phase[]> = {
  planned: ['preparation'],
  preparation: ['live'],
  live: ['circulated', 'preparation'],
  circulated: ['live'],
  locked: [],
};

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

export function mayMovePhase(from: Phase, to: Phase): boolean {
  return MANUAL_TRANSITIONS[from].includes(to);
}
