import fc from 'fast-check';
import type { Edit } from './tiptapEdits.test-support.ts';

// Generators for the gate's property and fuzz tests: random meeting-document edits by several
// clients, and the ways their updates travel to the server.

const small = fc.nat({ max: 12 });
/** Mostly the same root, so that concurrent edits meet (and delete under each other). */
const root = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: small });
const text = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', 'å', 'ä', 'ö', ' ', '😀'),
  minLength: 1,
  maxLength: 6,
});

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insertParagraph'), root, at: small, text, bold: fc.boolean() }),
  fc.record({ kind: fc.constant('deleteParagraph'), root, at: small }),
  fc.record({
    kind: fc.constant('insertText'),
    root,
    paragraph: small,
    at: small,
    text,
    bold: fc.boolean(),
  }),
  // Typing on: consecutive characters of one client merge into one item, which a full state
  // then sends as one struct overlapping what the server already has.
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('typeAtEnd'), root, text }) },
  fc.record({ kind: fc.constant('deleteText'), root, paragraph: small, at: small, length: small }),
  fc.record({
    kind: fc.constant('formatText'),
    root,
    paragraph: small,
    at: small,
    length: small,
    bold: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('insertAgendaItem'), at: small, title: text }),
  fc.record({ kind: fc.constant('deleteAgendaItem'), at: small }),
  fc.record({ kind: fc.constant('setAgendaTitle'), at: small, title: text }),
  fc.record({
    kind: fc.constant('addPresenter'),
    at: small,
    presenter: fc.constantFrom('u1', 'u2'),
  }),
  fc.record({
    kind: fc.constant('setMeetingField'),
    key: fc.constantFrom('title', 'date'),
    value: text,
  }),
  fc.record({
    kind: fc.constant('setAttendance'),
    person: fc.constantFrom('p1', 'p2', 'p3'),
    status: fc.constantFrom('present', 'absent'),
  }),
) as fc.Arbitrary<Edit>;

/**
 * How a client's edits reach the server: one update (the oldest unsent, or any), all unsent
 * merged, all unsent newest first, every update it ever made merged (a resend that overlaps
 * what the server has), its full state, or its state minus the server's (sync step 2).
 */
export type Delivery = 'oldest' | 'any' | 'merged' | 'reversed' | 'history' | 'fullState' | 'diff';

export type Step =
  | { kind: 'edit'; client: number; edits: Edit[] }
  | { kind: 'send'; client: number; delivery: Delivery; pick: number }
  | { kind: 'pull'; client: number }
  | { kind: 'peer'; from: number; to: number };

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit'),
      client: small,
      edits: fc.array(editArb, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('send'),
      client: small,
      delivery: fc.constantFrom<Delivery>(
        'oldest',
        'any',
        'merged',
        'reversed',
        'history',
        'fullState',
        'diff',
      ),
      pick: small,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pull'), client: small }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('peer'), from: small, to: small }) },
) as fc.Arbitrary<Step>;

export interface Scenario {
  clientIds: number[];
  serverGc: boolean;
  steps: Step[];
}

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  clientIds: fc.uniqueArray(fc.integer({ min: 1, max: 2 ** 32 - 1 }), {
    minLength: 2,
    maxLength: 4,
  }),
  serverGc: fc.boolean(),
  steps: fc.array(stepArb, { minLength: 10, maxLength: 40 }),
});
