import { describe, expect, it } from 'vitest';
import {
  compareCounts,
  diffNumberLabel,
  compareRows,
  displayParts,
  fieldChanged,
  numberRange,
} from './compareView.ts';
import type { ItemDiff, ItemDiffStatus } from '@anteckna/contract';

const item = (number: string, status: ItemDiffStatus): ItemDiff => ({
  itemId: `id-${number}`,
  number,
  title: `Punkt ${number}`,
  status,
  movedFrom: null,
  fields: [],
});

describe('compareRows', () => {
  it('folds each run of unchanged items into one row and keeps the order', () => {
    const rows = compareRows([
      item('1', 'unchanged'),
      item('2', 'unchanged'),
      item('3', 'changed'),
      item('4', 'unchanged'),
      item('5', 'added'),
    ]);
    expect(
      rows.map((row) => (row.kind === 'item' ? row.item.number : row.items.map((i) => i.number))),
    ).toEqual([['1', '2'], '3', ['4'], '5']);
  });

  it('gives nothing for no items', () => {
    expect(compareRows([])).toEqual([]);
  });
});

describe('compareCounts', () => {
  it('counts items by status', () => {
    expect(
      compareCounts([item('1', 'changed'), item('2', 'changed'), item('3', 'removed')]),
    ).toEqual({ added: 0, removed: 1, changed: 2, unchanged: 0 });
  });
});

describe('numberRange', () => {
  it('names a run by its first and last number with an en dash', () => {
    expect(numberRange([item('2', 'unchanged'), item('4 a', 'unchanged')])).toBe('2–4 a');
  });

  it('names a single item by its number', () => {
    expect(numberRange([item('7', 'unchanged')])).toBe('7');
  });
});

describe('displayParts', () => {
  it('joins neighbours of the same kind and drops empty parts', () => {
    expect(
      displayParts([
        { kind: 'equal', text: 'att ' },
        { kind: 'delete', text: 'godkänna ' },
        { kind: 'delete', text: '' },
        { kind: 'delete', text: 'rapporten' },
        { kind: 'insert', text: 'lägga' },
        { kind: 'insert', text: ' informationen till handlingarna' },
      ]),
    ).toEqual([
      { kind: 'equal', text: 'att ' },
      { kind: 'delete', text: 'godkänna rapporten' },
      { kind: 'insert', text: 'lägga informationen till handlingarna' },
    ]);
  });

  it('does not change the parts it was given', () => {
    const parts = [
      { kind: 'insert' as const, text: 'a' },
      { kind: 'insert' as const, text: 'b' },
    ];
    displayParts(parts);
    expect(parts[0]?.text).toBe('a');
  });
});

describe('fieldChanged', () => {
  it('is true for an insertion or deletion with text', () => {
    expect(fieldChanged([{ kind: 'insert', text: 'ny' }])).toBe(true);
  });

  it('is false when nothing was inserted or deleted', () => {
    expect(
      fieldChanged([
        { kind: 'equal', text: 'samma' },
        { kind: 'delete', text: '' },
      ]),
    ).toBe(false);
  });
});

describe('diffNumberLabel', () => {
  it('prints an item as "3." and a sub-item as "4 a)", as the minutes do', () => {
    expect(diffNumberLabel('3')).toBe('3.');
    expect(diffNumberLabel('4 a')).toBe('4 a)');
  });
});
