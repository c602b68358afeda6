// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMinutes, updateAgendaItem } from '@anteckna/doc-schema';
import {
  changeElsewhere,
  meetingDoc,
  submit,
  typeInto,
  useMeetingHarness,
} from '../../testSupport/meetingHarness.ts';
import { PresenterEditor } from './PresenterEditor.tsx';

const harness = useMeetingHarness();

function presentersOf(doc: Y.Doc): string[] {
  return readMinutes(doc).items[0]!.presenters.map((person) => person.name);
}

/** Types a presenter without an account into the form and adds them. */
function addTyped(container: HTMLElement, name: string): void {
  const form = container.querySelector<HTMLFormElement>('form.presenter-typed')!;
  typeInto(form.querySelector('input')!, name);
  submit(form);
}

describe('the presenters of an item', () => {
  it('[W6] two added one right after the other are both kept', () => {
    const { doc } = meetingDoc();
    const item = readMinutes(doc).items[0]!;
    const { container } = harness.render(createElement(PresenterEditor, { item }), doc);
    addTyped(container, 'Anna Berg');
    addTyped(container, 'Per Öberg');
    expect(presentersOf(doc)).toEqual(['Anna Berg', 'Per Öberg']);
  });

  it('[W6] removing one keeps a presenter someone else added since the render', () => {
    const { doc, items } = meetingDoc();
    updateAgendaItem(doc, items[0], { presenters: [{ name: 'Anna Berg' }] });
    const item = readMinutes(doc).items[0]!;
    const { container } = harness.render(createElement(PresenterEditor, { item }), doc);

    changeElsewhere(doc, (other) =>
      updateAgendaItem(other, items[0], {
        presenters: [{ name: 'Anna Berg' }, { name: 'Per Öberg', organisation: 'Orsa' }],
      }),
    );

    const remove = container.querySelector<HTMLButtonElement>('.presenter-editor li button')!;
    act(() => remove.click());
    expect(presentersOf(doc)).toEqual(['Per Öberg']);
  });
});
