/**
 * Body text from lines: lines of one paragraph joined with spaces (a word hyphenated at the line
 * end joined again), a paragraph broken by a page or by OCR ("… en reflektion som" / page
 * header / "lyftes …") joined across the gap, lines starting "•" or "-" as a bullet list and
 * "1." as a numbered list.
 */
import type { Block } from '@anteckna/doc-schema';
import type { SourceLine } from './sourceLines.ts';

export interface TextLine {
  line: SourceLine;
  /** A blank line, a dropped page header or the end of a block before it. */
  breakBefore: boolean;
}

export interface BuiltText {
  blocks: Block[];
  /** Where a paragraph broken by a page or OCR was joined: the line that was joined on. */
  joins: SourceLine[];
}

const BULLET = /^[•·▪◦*-]\s+(.+)$/u;
const NUMBERED = /^(\d{1,2})[.)]\s+(.+)$/u;
const ENDS_SENTENCE = /[.!?:;”")\]]$/u;

type Piece = { kind: 'para' | 'bullet' | 'number'; text: string };

export function joinLine(text: string, next: string): string {
  // "TN-" + "verksamheterna": a hyphen after a capital or before "och"/"eller" is the word's own.
  if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(next) && !/^(och|eller|samt|resp)\b/u.test(next))
    return text.slice(0, -1) + next;
  if (/-$/u.test(text) && /^\p{L}/u.test(next) && !/^(och|eller|samt|resp)\b/u.test(next))
    return text + next;
  return `${text} ${next}`;
}

export function buildText(lines: readonly TextLine[]): BuiltText {
  const pieces: Piece[] = [];
  const joins: SourceLine[] = [];
  let current: Piece | null = null;
  let gap = false;
  for (const { line, breakBefore: dropped } of lines) {
    const text = line.text;
    if (text.length === 0) {
      current = null;
      gap = true;
      continue;
    }
    const breakBefore = gap || dropped;
    gap = false;
    const bullet = BULLET.exec(text);
    const numbered = NUMBERED.exec(text);
    if (bullet || numbered) {
      current = {
        kind: bullet ? 'bullet' : 'number',
        text: (bullet?.[1] ?? numbered?.[2] ?? '').trim(),
      };
      pieces.push(current);
      continue;
    }
    const previous = pieces.at(-1);
    if (
      current === null &&
      breakBefore &&
      previous?.kind === 'para' &&
      continues(previous.text, text)
    ) {
      previous.text = joinLine(previous.text, text);
      joins.push(line);
      current = previous;
      continue;
    }
    if (current === null || breakBefore) {
      current = { kind: 'para', text };
      pieces.push(current);
      continue;
    }
    current.text = joinLine(current.text, text);
  }
  return { blocks: toBlocks(pieces), joins };
}

/** A paragraph that stops mid-sentence and a line that starts in lowercase: one sentence. */
function continues(before: string, after: string): boolean {
  return !ENDS_SENTENCE.test(before) && /^\p{Ll}/u.test(after);
}

function toBlocks(pieces: readonly Piece[]): Block[] {
  const blocks: Block[] = [];
  for (const piece of pieces) {
    // A link written as "[text](address)" broken over two lines is whole only now.
    piece.text = piece.text.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1');
    if (piece.kind === 'para') {
      blocks.push({ type: 'paragraph', runs: [{ text: piece.text }] });
      continue;
    }
    const type = piece.kind === 'bullet' ? 'bulletList' : 'orderedList';
    const last = blocks.at(-1);
    const entry: Block[] = [{ type: 'paragraph', runs: [{ text: piece.text }] }];
    if (last?.type === type) last.items.push(entry);
    else blocks.push({ type, items: [entry] });
  }
  return blocks;
}
