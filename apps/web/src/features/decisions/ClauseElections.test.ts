// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { itemFragment, type DecisionClause } from '@anteckna/doc-schema';
import { changeElsewhere, typeInto, useMeetingHarness } from '../../testSupport/meetingHarness.ts';
import {
  moveClause,
  renderBesideDecision,
  typedClause,
} from '../../testSupport/decisionClauses.ts';
import { ClauseElections } from './ClauseElections.tsx';

const harness = useMeetingHarness();

const CHAIR: DecisionClause = { type: 'elect', text: 'välja Anna Berg' };
const VICE: DecisionClause = { type: 'elect', text: 'välja Per Öberg' };

/** The elections rendered, Anna Berg's first. */
const renderElections = () => renderBesideDecision(harness, ClauseElections, [CHAIR, VICE]);

/** The role field of the election shown first. */
function firstRoleField(container: HTMLElement): HTMLInputElement {
  return container.querySelector<HTMLInputElement>('fieldset input[list]')!;
}

describe('the elections beside a decision', () => {
  it('[W6] a role goes into the election it was typed for when someone moved that clause since the render', () => {
    const { doc, itemId, decision, container, announced } = renderElections();

    // Another secretary drags Anna Berg's election below Per Öberg's; it arrives before the
    // fields beside the decision render again.
    changeElsewhere(doc, (other) => moveClause(itemFragment(other, itemId, 'decision'), 0, 1));

    typeInto(firstRoleField(container), 'ordförande');

    expect(decision()).toEqual([VICE, { ...CHAIR, role: 'ordförande' }]);
    expect(announced).toEqual([]);
  });

  it('[W6] a term goes into the election it was chosen for when a clause was inserted above it', () => {
    const { doc, itemId, decision, container } = renderElections();
    const first: DecisionClause = { type: 'elect', text: 'välja Eva Lind' };
    changeElsewhere(doc, (other) =>
      itemFragment(other, itemId, 'decision').insert(0, [typedClause(first)]),
    );

    const termFrom = container.querySelector<HTMLInputElement>('fieldset input[type="date"]')!;
    typeInto(termFrom, '2027-01-01');

    expect(decision()).toEqual([first, { ...CHAIR, termFrom: '2027-01-01' }, VICE]);
  });

  it('[W6] a role for an election removed since the render is refused aloud, and no other election takes it', () => {
    const { doc, itemId, decision, container, announced } = renderElections();
    changeElsewhere(doc, (other) => itemFragment(other, itemId, 'decision').delete(0, 1));

    typeInto(firstRoleField(container), 'ordförande');

    expect(decision()).toEqual([VICE]);
    expect(announced).toEqual([
      'Att-satsen har tagits bort eller skrivits om. Fyll i uppgiften igen vid rätt att-sats.',
    ]);
  });
});
