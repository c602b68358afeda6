import type { MinutesModel, TextRun } from '@anteckna/doc-schema';
import type { ExportOptions, RenderedText } from '../exportTypes.ts';
import type { AttendeeLine, ExportLayout, LayoutBlock } from '../layout/layoutTypes.ts';
import { buildMeetingPackLayout } from '../layout/meetingPackLayout.ts';
import { buildMinutesLayout } from '../layout/minutesLayout.ts';
import { attendeeRuns } from '../layout/attendanceLayout.ts';
import { signatureLineText } from '../layout/signatureBlocks.ts';
import { escapeBlockStart, escapeLineStart, escapeMarkdown } from './escapeMarkdown.ts';

const HARD_BREAK = '  \n';

function mdRuns(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      const core = run.text.trim();
      if (!core) return run.text;
      let md = escapeMarkdown(core).replace(/\n/g, HARD_BREAK);
      if (run.strike) md = `~~${md}~~`;
      if (run.italic) md = `*${md}*`;
      if (run.bold) md = `**${md}**`;
      // Emphasis markers must hug the text, so surrounding spaces stay outside them.
      const lead = run.text.match(/^\s*/)?.[0] ?? '';
      const trail = run.text.match(/\s*$/)?.[0] ?? '';
      return `${lead}${md}${trail}`;
    })
    .join('');
}

function attendee(person: AttendeeLine): string {
  return mdRuns(attendeeRuns(person));
}

function indent(text: string, spaces: string): string {
  return text.replace(/\n(?=.)/g, `\n${spaces}`);
}

function list(block: Extract<LayoutBlock, { type: 'list' }>): string {
  return block.items
    .map((item, index) => {
      const label = block.labels?.[index];
      const marker = label ? `- ${escapeLineStart(label)}` : block.ordered ? `${index + 1}.` : '-';
      const body = mdBlocks(item).trim();
      return `${marker} ${indent(body, ' '.repeat(marker.length + 1))}`;
    })
    .join('\n');
}

/** A line to sign on, as Markdown can draw one: escaped underscores. */
const SIGN_LINE = '\\_'.repeat(30);

/** The signature block (SPEC rule S4): each signer on a line to sign, name and role under it. */
function signatures(block: Extract<LayoutBlock, { type: 'signatures' }>): string {
  const groups = block.groups.map((group) =>
    [
      `**${escapeMarkdown(group.label)}**`,
      ...group.lines.map(
        (line) => `${SIGN_LINE}${HARD_BREAK}${escapeMarkdown(signatureLineText(line))}`,
      ),
    ].join('\n\n'),
  );
  const { label, value } = block.placeDate;
  return [
    ...groups,
    `${escapeLineStart(label)}: ${value ? escapeMarkdown(value) : SIGN_LINE}`,
  ].join('\n\n');
}

function mdBlock(block: LayoutBlock): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${mdRuns(block.runs)}`;
    case 'paragraph':
      // Muted notes are set in italics, unless a bold label would collide with the markers.
      return block.tone === 'muted' && !block.runs.some((run) => run.bold)
        ? `*${mdRuns(block.runs).trim()}*`
        : escapeBlockStart(mdRuns(block.runs));
    case 'facts':
      return block.entries
        .map((entry) => `${escapeLineStart(entry.label)}: ${escapeMarkdown(entry.value)}`)
        .join(HARD_BREAK);
    case 'list':
      return list(block);
    case 'quote':
      return mdBlocks(block.blocks)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'decision':
      return [`**${escapeMarkdown(block.lead)}**`, ...block.clauses.map(escapeLineStart)].join(
        HARD_BREAK,
      );
    case 'attendanceTable': {
      const head = `| ${block.columns.map(escapeMarkdown).join(' | ')} |\n| --- | --- |`;
      const rows = block.rows.map(
        (row) =>
          `| ${escapeMarkdown(row.organisation)} | ${row.people.map(attendee).join('<br>')} |`,
      );
      return [head, ...rows].join('\n');
    }
    case 'attendanceList': {
      const tail = block.tail ? ` ${escapeMarkdown(block.tail)}` : '.';
      return `**${escapeMarkdown(block.label)}** ${block.people.map(attendee).join(', ')}${tail}`;
    }
    case 'signatures':
      return signatures(block);
    case 'section':
      return mdBlocks(block.blocks);
  }
}

function mdBlocks(blocks: readonly LayoutBlock[]): string {
  return blocks.map(mdBlock).filter(Boolean).join('\n\n');
}

function writeLayoutMarkdown(layout: ExportLayout): RenderedText {
  const { header } = layout;
  const organisation = header.organisationLines.map(escapeLineStart).join(HARD_BREAK);
  const meta = [`**${header.documentKind}**`, header.dateLine, header.registryLine]
    .filter((part): part is string => Boolean(part))
    .map((part) => (part.startsWith('**') ? part : escapeMarkdown(part)))
    .join(' · ');
  const text = [organisation, meta, '---', mdBlocks(layout.blocks)].filter(Boolean).join('\n\n');
  return { text: `${text}\n`, warnings: layout.warnings };
}

export function renderMinutesMarkdown(
  model: MinutesModel,
  options: ExportOptions = {},
): RenderedText {
  return writeLayoutMarkdown(buildMinutesLayout(model, options));
}

export function renderMeetingPackMarkdown(
  model: MinutesModel,
  options: ExportOptions = {},
): RenderedText {
  return writeLayoutMarkdown(buildMeetingPackLayout(model, options));
}
