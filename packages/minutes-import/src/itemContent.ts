/**
 * One item's lines → the item as the editor would have written it: the title (wrapped lines
 * joined), presenters (with or without the "Föredragande" label), body text, the proposal
 * written beforehand, the decision clauses, and whether the item was withdrawn.
 */
import type { Block, DecisionClause, PersonRef } from '@anteckna/doc-schema';
import type { ImportFinding } from './importFinding.ts';
import { finding } from './importFinding.ts';
import type { LineMarks } from './lineMarks.ts';
import type { SourceLine } from './sourceLines.ts';
import { words } from './sourceLines.ts';
import {
  clauseStart,
  decisionHeading,
  finishClause,
  isBody,
  isWithdrawn,
  proposalHeading,
} from './decisionText.ts';
import { isTitleWord, leadingName, parsePeople } from './peopleText.ts';
import type { TextLine } from './paragraphs.ts';
import { buildText, joinLine } from './paragraphs.ts';

export interface ItemLine {
  line: SourceLine;
  /** A page header or footer was dropped right before this line. */
  breakBefore: boolean;
}

export interface ItemContext {
  bodyNames: readonly string[];
  organisations: readonly string[];
  meetingDate: string;
}

export interface ItemContent {
  title: string;
  presenters: PersonRef[];
  body: Block[];
  proposal: Block[];
  decision: DecisionClause[];
  withdrawn: boolean;
  /** All text of the item, for attachment references. */
  texts: string[];
}

const PRESENTER_LABEL =
  /^(?:föredragande|föredragare|presentatör|presenteras av|dragande)\b\s*:?\s*(.*)$/iu;
const TITLE_OPEN_END =
  /(\b(för|om|av|i|och|samt|till|med|från|på|vid|inom|kring|rörande|avseende|gällande|angående|mellan|enligt|efter|när|som|eller)|[,;:–-])$/iu;

export function parseItemContent(
  itemId: string,
  headingText: string,
  lines: readonly ItemLine[],
  context: ItemContext,
  marks: LineMarks,
  findings: ImportFinding[],
): ItemContent {
  let title = headingText;
  let index = 0;
  const structural = (text: string) =>
    PRESENTER_LABEL.test(text) ||
    decisionHeading(text, context.bodyNames) !== null ||
    proposalHeading(text) ||
    clauseStart(text) !== null ||
    isWithdrawn(text);

  // The title wraps onto lines that start in lowercase, or after a line ending in "för", "om", ",".
  while (index < lines.length && index < 4) {
    const { line, breakBefore } = lines[index]!;
    if (line.text.length === 0 || breakBefore || structural(line.text)) break;
    if (looksLikePresenters(line.text)) break;
    const lowercase = /^\p{Ll}/u.test(line.text);
    if (!lowercase && !TITLE_OPEN_END.test(title)) break;
    title = joinLine(title, line.text);
    marks.mark(line.n, 'heading', itemId);
    index += 1;
  }

  const presenters: PersonRef[] = [];
  const texts: string[] = [title];
  const readPresenters = (first: string, at: number, labelled: boolean): number => {
    let text = first;
    let next = at + 1;
    marks.mark(lines[at]!.line.n, 'presenters', itemId);
    while (next < lines.length) {
      const { line, breakBefore } = lines[next]!;
      if (line.text.length === 0 || breakBefore || structural(line.text)) break;
      if (/[.]$/u.test(text) || next - at > 3) break;
      if (!/,$/u.test(text) && words(line.text).length > 12) break;
      if (text.length > 0 && !/,$/u.test(text) && !labelled && words(line.text).length > 6) break;
      text = text.length === 0 ? line.text : joinLine(text, line.text);
      marks.mark(line.n, 'presenters', itemId);
      next += 1;
    }
    presenters.push(...parsePeople(text, context.organisations));
    texts.push(text);
    return next;
  };

  // Presenters without the label: a line of names with titles right under the title.
  let first = index;
  while (first < lines.length && lines[first]!.line.text.length === 0) first += 1;
  if (first < lines.length) {
    const { line } = lines[first]!;
    if (looksLikePresenters(line.text) && !structural(line.text)) {
      index = first;
      findings.push(
        finding(
          'presenter_label_missing',
          'warning',
          line.text,
          'Raden läses som föredragande fast ordet "Föredragande:" saknas.',
          { line: line.n, itemId },
        ),
      );
      index = readPresenters(line.text, index, false);
    }
  }

  const bodyLines: TextLine[] = [];
  const proposalLines: TextLine[] = [];
  const decision: DecisionClause[] = [];
  let withdrawn = false;
  let mode: 'body' | 'decision' | 'proposal' = 'body';
  let clause: { text: string; line: SourceLine } | null = null;
  let blankSince = false;
  const finish = () => {
    if (clause === null) return;
    const done = finishClause(clause.text, context.meetingDate);
    if (done) decision.push(done);
    texts.push(clause.text);
    clause = null;
  };

  while (index < lines.length) {
    const { line, breakBefore } = lines[index]!;
    index += 1;
    const text = line.text;
    if (text.length === 0) {
      blankSince = true;
      if (mode === 'body') bodyLines.push({ line, breakBefore });
      continue;
    }
    const label = PRESENTER_LABEL.exec(text);
    if (label && presenters.length === 0) {
      blankSince = false;
      index = readPresenters((label[1] ?? '').trim(), index - 1, true);
      continue;
    }
    if (isWithdrawn(text)) {
      finish();
      withdrawn = true;
      marks.mark(line.n, 'status', itemId);
      continue;
    }
    const heading = decisionHeading(text, context.bodyNames);
    if (heading) {
      finish();
      misspeltBody(heading.subject, line, itemId, context.bodyNames, findings);
      mode = 'decision';
      blankSince = false;
      marks.mark(line.n, 'decision', itemId);
      const rest = heading.rest.trim();
      if (rest.length > 0) {
        const start = clauseStart(rest);
        clause = { text: start ?? rest, line };
        if (start === null) clauseWithoutAtt(rest, line, itemId, findings);
      }
      continue;
    }
    if (proposalHeading(text)) {
      finish();
      mode = 'proposal';
      blankSince = false;
      proposalLines.push({ line, breakBefore: true });
      marks.mark(line.n, 'proposal', itemId);
      texts.push(text);
      continue;
    }
    if (mode === 'decision') {
      const start = clauseStart(text);
      if (start !== null) {
        finish();
        clause = { text: start, line };
        blankSince = false;
        marks.mark(line.n, 'decision', itemId);
        continue;
      }
      if (clause === null && decision.length === 0) {
        clause = { text, line };
        clauseWithoutAtt(text, line, itemId, findings);
        marks.mark(line.n, 'decision', itemId);
        blankSince = false;
        continue;
      }
      if (!blankSince && !breakBefore && clause !== null) {
        clause.text = joinLine(clause.text, text);
        marks.mark(line.n, 'decision', itemId);
        continue;
      }
      if (breakBefore && clause !== null && /^\p{Ll}/u.test(text)) {
        // The clause goes on after a page header: the blank around the header is no end.
        blankSince = false;
        clause.text = joinLine(clause.text, text);
        marks.mark(line.n, 'decision', itemId);
        continue;
      }
      finish();
      mode = 'body';
    }
    if (mode === 'proposal') {
      const continues =
        !blankSince || clauseStart(text) !== null || /^\p{Ll}/u.test(text) || proposalHeading(text);
      if (continues) {
        proposalLines.push({ line, breakBefore: blankSince || breakBefore });
        marks.mark(line.n, 'proposal', itemId);
        texts.push(text);
        blankSince = false;
        continue;
      }
      mode = 'body';
    }
    blankSince = false;
    bodyLines.push({ line, breakBefore });
    marks.mark(line.n, 'body', itemId);
    texts.push(text);
  }
  finish();

  const body = buildText(bodyLines);
  const proposal = buildText(proposalLines);
  for (const joined of [...body.joins, ...proposal.joins]) {
    findings.push(
      finding(
        'lines_joined',
        'info',
        joined.text,
        'Stycket var brutet av en sidbrytning eller av inläsningen och har fogats ihop.',
        { line: joined.n, itemId },
      ),
    );
  }
  if (withdrawn && decision.length > 0) {
    findings.push(
      finding(
        'decision_on_withdrawn_item',
        'warning',
        decision.map((c) => `att ${c.text}`).join(' '),
        'Punkten utgick men har beslut; besluten står kvar som text i punkten.',
        { itemId },
      ),
    );
    body.blocks.push(
      ...decision.map((c): Block => ({ type: 'paragraph', runs: [{ text: `att ${c.text}` }] })),
    );
    decision.length = 0;
  }
  return {
    title,
    presenters,
    body: body.blocks,
    proposal: proposal.blocks,
    decision,
    withdrawn,
    texts,
  };
}

/** Names with a title after a comma or right after the name: "Anna Berg, utvecklingsledare". */
export function looksLikePresenters(text: string): boolean {
  if (text.length > 240 || /[.!?]$/u.test(text.replace(/\b(bitr|tf|resp)\.$/iu, ''))) return false;
  const name = leadingName(text);
  if (name === null) return false;
  const after = text.slice(name.name.length).trimStart();
  if (after.length === 0) return false;
  if (after.startsWith(',')) return true;
  return isTitleWord(after.split(/\s+/)[0] ?? '');
}

/**
 * "Länschefs nätverket beslutade:": the heading is drawn by the renderers and not stored, so a
 * misspelt body name in it is reported here, under the mistake check's rule (SPEC rule K2).
 */
function misspeltBody(
  subject: string,
  line: SourceLine,
  itemId: string,
  bodyNames: readonly string[],
  findings: ImportFinding[],
): void {
  if (subject.length === 0 || !isBody(subject, bodyNames)) return;
  const exact = bodyNames.some((name) => subject === name || subject === `${name}s`);
  if (exact) return;
  findings.push({
    rule: 'body_named_two_ways',
    severity: 'error',
    itemId,
    line: line.n,
    text: subject,
    message: `Organets namn är stavat "${subject}" i beslutsrubriken.`,
  });
}

function clauseWithoutAtt(
  text: string,
  line: SourceLine,
  itemId: string,
  findings: ImportFinding[],
): void {
  findings.push(
    finding(
      'clause_without_att',
      'warning',
      text,
      'Beslutet börjar inte med "att"; det har lagts in som en beslutssats som den står.',
      { line: line.n, itemId },
    ),
  );
}
