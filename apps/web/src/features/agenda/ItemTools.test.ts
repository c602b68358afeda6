// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { addAgendaItem, readMinutes } from '@anteckna/doc-schema';
import { meetingDoc, useMeetingHarness } from '../../testSupport/meetingHarness.ts';
import { ItemTools } from './ItemTools.tsx';

const harness = useMeetingHarness();

describe("an item's tools", () => {
  it('[W6] two quick clicks on "Ned" move the item two places', () => {
    const { doc } = meetingDoc();
    addAgendaItem(doc, { title: 'Övrigt', kind: 'information' });
    const item = readMinutes(doc).items[0]!;
    const { container, announced } = harness.render(createElement(ItemTools, { item }), doc);
    const down = container.querySelectorAll<HTMLButtonElement>('.item-tools-bar button')[1]!;
    act(() => down.click());
    act(() => down.click());
    expect(readMinutes(doc).items.map((other) => other.title)).toEqual([
      'Budget',
      'Övrigt',
      'Läget i länet',
    ]);
    // Past the end the writer refuses, and it is said rather than announced as moved.
    act(() => down.click());
    expect(announced.at(-1)).toBe('Punkten kan inte flyttas dit.');
  });
});
