// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { itemFragment, type DecisionClause } from '@anteckna/doc-schema';
import { changeElsewhere, typeInto, useMeetingHarness } from '../../testSupport/meetingHarness.ts';
import { renderBesideDecision, typedClause } from '../../testSupport/decisionClauses.ts';
import { ClauseFollowUps } from './ClauseFollowUps.tsx';

const harness = useMeetingHarness();

const PLAN: DecisionClause = { type: 'task', text: 'uppdra åt RSS att ta fram en plan' };
const REPORT: DecisionClause = { type: 'task', text: 'uppdra åt kansliet att rapportera' };

describe('the follow-up dates beside a decision', () => {
  it('[W6] a date goes into the clause it was chosen for when a clause was inserted above it since the render', () => {
    const { doc, itemId, decision, container, announced } = renderBesideDecision(
      harness,
      ClauseFollowUps,
      [PLAN, REPORT],
    );

    // Another secretary writes a first clause into the decision; it arrives before the fields
    // beside it render again.
    const first: DecisionClause = { type: 'task', text: 'uppdra åt ordföranden att kalla' };
    changeElsewhere(doc, (other) =>
      itemFragment(other, itemId, 'decision').insert(0, [typedClause(first)]),
    );

    const [planDate] = container.querySelectorAll<HTMLInputElement>('input[type="date"]');
    typeInto(planDate!, '2027-03-01');

    expect(decision()).toEqual([first, { ...PLAN, due: '2027-03-01' }, REPORT]);
    expect(announced).toEqual([]);
  });
});
