/**
 * Inline text as @tiptap/y-tiptap stores it: a Y.XmlText whose delta attributes are the marks,
 * keyed by the mark's name with the mark's attrs as value (`bold: {}`, `link: { href, … }`), and
 * a `hardBreak` Y.XmlElement between texts for a line break (SPEC rules T2, T3).
 */
import * as Y from 'yjs';
import type { TextRun } from '../minutesModel.ts';

/** Marks of overlapping types carry a hash suffix (`name--abcdefgh`) in y-tiptap. */
const HASHED_MARK = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

export function markName(attribute: string): string {
  return HASHED_MARK.exec(attribute)?.[1] ?? attribute;
}

export function runsFromXmlText(text: Y.XmlText): TextRun[] {
  const runs: TextRun[] = [];
  for (const op of text.toDelta() as DeltaOp[]) {
    if (typeof op.insert !== 'string') continue;
    const run: TextRun = { text: op.insert };
    for (const [attribute, value] of Object.entries(op.attributes ?? {})) {
      applyMark(run, markName(attribute), value);
    }
    runs.push(run);
  }
  return runs;
}

function applyMark(run: TextRun, name: string, value: unknown): void {
  if (name === 'bold' || name === 'italic' || name === 'strike' || name === 'underline') {
    run[name] = true;
  } else if (name === 'code') {
    run.code = true;
  } else if (name === 'link' && typeof value === 'object' && value !== null) {
    const href = (value as Record<string, unknown>).href;
    if (typeof href === 'string') run.link = href;
  }
}

/** Inline children of an element (text and hard breaks) as runs; a hard break is "\n". */
export function runsFromInline(element: Y.XmlElement | Y.XmlFragment): TextRun[] {
  const runs: TextRun[] = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) runs.push(...runsFromXmlText(child));
    else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak')
      runs.push({ text: '\n' });
  }
  return mergeRuns(runs);
}

/** Joins neighbouring runs with the same marks, so readers see one run per formatting. */
export function mergeRuns(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last !== undefined && sameMarks(last, run)) last.text += run.text;
    else if (run.text.length > 0) merged.push({ ...run });
  }
  return merged;
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return (
    !!a.bold === !!b.bold &&
    !!a.italic === !!b.italic &&
    !!a.strike === !!b.strike &&
    !!a.underline === !!b.underline &&
    !!a.code === !!b.code &&
    a.link === b.link
  );
}

export function plainText(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

function attributesOf(run: TextRun): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  if (run.link !== undefined) {
    // Link's attrs with StarterKit's defaults, as the editor stores a link it created.
    attributes.link = {
      href: run.link,
      target: '_blank',
      rel: 'noopener noreferrer nofollow',
      class: null,
      title: null,
    };
  }
  if (run.bold) attributes.bold = {};
  if (run.code) attributes.code = {};
  if (run.italic) attributes.italic = {};
  if (run.strike) attributes.strike = {};
  if (run.underline) attributes.underline = {};
  return attributes;
}

/**
 * The inline children y-tiptap would create for these runs: one Y.XmlText per stretch between
 * hard breaks, nothing at all for an empty paragraph.
 */
export function inlineChildren(runs: readonly TextRun[]): Array<Y.XmlText | Y.XmlElement> {
  const children: Array<Y.XmlText | Y.XmlElement> = [];
  let delta: Array<{ insert: string; attributes: Record<string, unknown> }> = [];
  const flush = (): void => {
    if (delta.length === 0) return;
    const text = new Y.XmlText();
    text.applyDelta(delta);
    children.push(text);
    delta = [];
  };
  for (const run of runs) {
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) {
        flush();
        children.push(new Y.XmlElement('hardBreak'));
      }
      if (part.length > 0) delta.push({ insert: part, attributes: attributesOf(run) });
    });
  }
  flush();
  return children;
}
