/**
 * Every piece of free text in the minutes with the item it belongs to: what the text checks
 * (K1, K2, K6, K7) read. Titles, body, proposal and decision texts, presenters' titles and the
 * meeting's notes.
 */
import type { Block, MinutesModel } from '../minutesModel.ts';
import { distance } from 'fastest-levenshtein';
import { plainText } from '../blocks/textRuns.ts';

export interface TextSource {
  itemId?: string;
  text: string;
}

export function textSources(model: MinutesModel): TextSource[] {
  const sources: TextSource[] = [];
  if (model.meeting.notes.trim().length > 0) sources.push({ text: model.meeting.notes });
  for (const item of model.items) {
    const add = (text: string): void => {
      if (text.trim().length > 0) sources.push({ itemId: item.id, text });
    };
    add(item.title);
    for (const text of blockTexts(item.body)) add(text);
    for (const text of blockTexts(item.proposal)) add(text);
    for (const clause of item.decision) add(clause.text);
  }
  return sources;
}

export function blockTexts(blocks: readonly Block[]): string[] {
  const texts: string[] = [];
  const visit = (block: Block): void => {
    if (block.type === 'paragraph' || block.type === 'heading') texts.push(plainText(block.runs));
    else if (block.type === 'blockquote') block.blocks.forEach(visit);
    else block.items.forEach((item) => item.forEach(visit));
  };
  blocks.forEach(visit);
  return texts;
}

/** Words with their letters only; hyphens stay inside a word ("Malung-Sälen"). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** True when a and b are at most `max` edits apart (Levenshtein). */
export function withinEditDistance(a: string, b: string, max: number): boolean {
  return Math.abs(a.length - b.length) <= max && distance(a, b) <= max;
}
