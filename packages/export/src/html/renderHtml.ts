import type { MinutesModel } from '@anteckna/doc-schema';
import type { ExportOptions, RenderedText } from '../exportTypes.ts';
import type { ExportLayout } from '../layout/layoutTypes.ts';
import { buildMeetingPackLayout } from '../layout/meetingPackLayout.ts';
import { buildMinutesLayout } from '../layout/minutesLayout.ts';
import { escapeHtml } from './escapeHtml.ts';
import { htmlBlocks } from './htmlBlocks.ts';
import { htmlStyles } from './htmlStyles.ts';

function pageHeader(layout: ExportLayout): string {
  const { header } = layout;
  const organisation = header.organisationLines
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  const meta = [header.dateLine, header.registryLine]
    .filter((line): line is string => Boolean(line))
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  return [
    '<header class="page-header">',
    `<div class="organisation">${organisation}</div>`,
    `<div class="document"><p class="kind">${escapeHtml(header.documentKind)}</p>${meta}</div>`,
    '</header>',
  ].join('\n');
}

/** One complete, self-contained page: no scripts, no external resources. */
function writeLayoutHtml(layout: ExportLayout): RenderedText {
  const text = [
    '<!doctype html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(layout.title)}</title>`,
    `<meta name="author" content="${escapeHtml(layout.author)}">`,
    `<style>\n${htmlStyles(layout.header)}\n</style>`,
    '</head>',
    '<body>',
    pageHeader(layout),
    '<main>',
    htmlBlocks(layout.blocks),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { text, warnings: layout.warnings };
}

/** The minutes as one accessible HTML page (headings in order, a real table, print styles). */
export function renderMinutesHtml(model: MinutesModel, options: ExportOptions = {}): RenderedText {
  return writeLayoutHtml(buildMinutesLayout(model, options));
}

export function renderMeetingPackHtml(
  model: MinutesModel,
  options: ExportOptions = {},
): RenderedText {
  return writeLayoutHtml(buildMeetingPackLayout(model, options));
}
