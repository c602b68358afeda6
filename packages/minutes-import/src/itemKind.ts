/**
 * An item's kind and standing role from its title, as minutes write them: a kind prefix
 * ("Beslut:", "Information:", "Information & beslut:", "Rapport:", "Delgivning:", "Val:") and
 * the standing items every meeting has (opening, agenda, previous minutes, any other business,
 * closing). Without a prefix the decision tells: a decision other than noting is a "beslut".
 */
import type { DecisionClause, ItemKind, StandingItem } from '@anteckna/doc-schema';

const PREFIX =
  /^(information\s*(?:&|och|\+|\/)\s*beslut|info(?:rmation)?|beslut(?:särende)?|rapport(?:er)?|delgivning(?:ar)?|val|diskussion|dialog)\s*:\s*(.+)$/iu;
const LEADING_KIND =
  /^(beslut|rapport|information|val|delgivning)(?:\s+(?:om|av|från|kring|angående)\b|er\b)/iu;

const STANDING: Array<[RegExp, StandingItem]> = [
  [/^(mötets|sammanträdets)\s+(öppnande|öppnas)|^öppnande\b|^upprop\b/iu, 'opening'],
  [
    /^(godkännande|fastställande)\s+av\s+(dagordning|föredragningslista)|^dagordning(en)?\b|^föredragningslista/iu,
    'agenda_approval',
  ],
  [
    /^föregående\s+(minnesanteckningar|protokoll|mötes?\s*anteckningar|möte)|^(minnesanteckningar|protokoll)\s+från\s+föregående/iu,
    'previous_minutes',
  ],
  [/^övriga\s+frågor|^övrigt\b/iu, 'any_other_business'],
  [
    /^(mötets|sammanträdets)\s+(avslutande|avslutning)|^avslutning\b|^mötet\s+avslutas/iu,
    'closing',
  ],
];

export function standingOf(title: string): StandingItem | null {
  for (const [pattern, standing] of STANDING) if (pattern.test(title)) return standing;
  return null;
}

export function splitKindPrefix(heading: string): { kind: ItemKind | null; title: string } {
  const match = PREFIX.exec(heading);
  if (!match) {
    const leading = LEADING_KIND.exec(heading);
    return { kind: leading ? kindOf(leading[1] ?? '') : null, title: heading };
  }
  return { kind: kindOf(match[1] ?? ''), title: (match[2] ?? '').trim() };
}

function kindOf(word: string): ItemKind {
  const lower = word.toLocaleLowerCase('sv');
  if (/^information\s*(&|och|\+|\/)\s*beslut/u.test(lower)) return 'information_beslut';
  if (lower.startsWith('beslut')) return 'beslut';
  if (lower.startsWith('rapport')) return 'rapport';
  if (lower.startsWith('delgivning')) return 'delgivning';
  if (lower === 'val') return 'val';
  return 'information';
}

/** The kind of an item whose title has no prefix. */
export function inferKind(
  standing: StandingItem | null,
  decision: readonly DecisionClause[],
): ItemKind {
  if (standing === 'opening' || standing === 'agenda_approval' || standing === 'previous_minutes')
    return 'beslut';
  if (standing !== null) return 'information';
  if (decision.length > 0 && decision.every((clause) => clause.type === 'elect')) return 'val';
  if (decision.some((clause) => clause.type !== 'note')) return 'beslut';
  return 'information';
}
