import type { TextRun } from '@anteckna/doc-schema';
import type { AttendeeLine, LayoutBlock } from '../layout/layoutTypes.ts';
import { attendeeRuns } from '../layout/attendanceLayout.ts';
import { signatureLineText } from '../layout/signatureBlocks.ts';
import { escapeHtml } from './escapeHtml.ts';

export function htmlRuns(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text).replace(/\n/g, '<br>');
      if (run.strike) html = `<s>${html}</s>`;
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

/** Strike-through alone says nothing to a screen reader, so the absence is also said in words. */
function attendee(person: AttendeeLine): string {
  return htmlRuns(attendeeRuns(person));
}

/**
 * The signature block (SPEC rule S4): the line to sign on is drawn by the style sheet (a rule
 * above each name), so the page prints as a form and a screen reader hears only the names.
 */
function signatures(block: Extract<LayoutBlock, { type: 'signatures' }>): string {
  const groups = block.groups.map((group) => {
    const lines = group.lines.map(
      (line) => `<p class="signature">${escapeHtml(signatureLineText(line))}</p>`,
    );
    return `<div class="signature-group"><p class="lead">${escapeHtml(group.label)}</p><div class="signature-lines">${lines.join('')}</div></div>`;
  });
  const { label, value } = block.placeDate;
  const placeDate = `<p class="place-date">${escapeHtml(label)}: <span class="${value ? 'filled' : 'blank'}">${escapeHtml(value)}</span></p>`;
  return `<div class="signatures">${groups.join('')}${placeDate}</div>`;
}

function listItem(blocks: readonly LayoutBlock[]): string {
  const [first] = blocks;
  if (blocks.length === 1 && first?.type === 'paragraph') return htmlRuns(first.runs);
  return htmlBlocks(blocks);
}

function list(block: Extract<LayoutBlock, { type: 'list' }>): string {
  const { labels } = block;
  if (labels) {
    const items = block.items.map(
      (item, index) =>
        `<li><span class="label">${escapeHtml(labels[index] ?? '')}</span><span>${listItem(item)}</span></li>`,
    );
    return `<ul class="labelled">${items.join('')}</ul>`;
  }
  const tag = block.ordered ? 'ol' : 'ul';
  return `<${tag}>${block.items.map((item) => `<li>${listItem(item)}</li>`).join('')}</${tag}>`;
}

function attendanceTable(block: Extract<LayoutBlock, { type: 'attendanceTable' }>): string {
  const head = block.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const rows = block.rows.map((row) => {
    const people = row.people.map((person) => `<li>${attendee(person)}</li>`).join('');
    return `<tr><th scope="row">${escapeHtml(row.organisation)}</th><td><ul class="people">${people}</ul></td></tr>`;
  });
  return [
    `<table><caption>${escapeHtml(block.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
}

function attendanceList(block: Extract<LayoutBlock, { type: 'attendanceList' }>): string {
  const names = block.people.map(attendee).join(', ');
  const tail = block.tail ? ` ${escapeHtml(block.tail)}` : '.';
  return `<p><strong>${escapeHtml(block.label)}</strong> ${names}${tail}</p>`;
}

export function htmlBlocks(blocks: readonly LayoutBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `<h${block.level}>${htmlRuns(block.runs)}</h${block.level}>`;
        case 'paragraph':
          return block.tone === 'muted'
            ? `<p class="muted">${htmlRuns(block.runs)}</p>`
            : `<p>${htmlRuns(block.runs)}</p>`;
        case 'facts': {
          const entries = block.entries.map(
            (entry) =>
              `<div><dt>${escapeHtml(entry.label)}</dt><dd>${escapeHtml(entry.value)}</dd></div>`,
          );
          return `<dl class="facts">${entries.join('')}</dl>`;
        }
        case 'list':
          return list(block);
        case 'quote':
          return `<blockquote>${htmlBlocks(block.blocks)}</blockquote>`;
        case 'decision': {
          const clauses = block.clauses.map(
            (clause) => `<p class="clause">${escapeHtml(clause)}</p>`,
          );
          return `<div class="decision"><p class="lead">${escapeHtml(block.lead)}</p>${clauses.join('')}</div>`;
        }
        case 'attendanceTable':
          return attendanceTable(block);
        case 'attendanceList':
          return attendanceList(block);
        case 'signatures':
          return signatures(block);
        case 'section':
          return `<section>\n${htmlBlocks(block.blocks)}\n</section>`;
      }
    })
    .join('\n');
}
