/**
 * Matching an organisation as the minutes spell it to the body's member organisations: exactly,
 * ignoring case and spacing, as the first part of a longer name ("RSS Dalarna / Hälsa och
 * välfärd"), or within a small edit distance (typos, OCR).
 */
import { distance } from 'fastest-levenshtein';
import { squash } from './sourceLines.ts';

export function matchOrganisation(text: string, organisations: readonly string[]): string | null {
  const wanted = squash(text);
  if (wanted.length === 0) return null;
  for (const organisation of organisations)
    if (squash(organisation) === wanted) return organisation;
  const head = squash(text.split(/\s+\/\s+|\s+[–-]\s+|,/)[0] ?? '');
  for (const organisation of organisations) if (squash(organisation) === head) return organisation;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const organisation of organisations) {
    const target = squash(organisation);
    if (target.length < 5) continue;
    const d = distance(wanted, target);
    if (d <= (target.length >= 10 ? 2 : 1) && d < bestDistance) {
      best = organisation;
      bestDistance = d;
    }
  }
  return best;
}
