import type { PageHeader } from '../layout/layoutTypes.ts';
import { cssString } from './escapeHtml.ts';

/**
 * One inline stylesheet: calm type for the screen, and for print an A4 page. The header lines
 * print once at the top (every browser can do that); where the browser supports page margin
 * boxes, each page also carries the document kind, Dnr and "Sida N (M)" at its foot.
 */
export function htmlStyles(header: PageHeader): string {
  const foot = [header.documentKind, header.registryLine].filter((line): line is string =>
    Boolean(line),
  );
  return `
:root { color-scheme: light; --text: #1a1a1a; --muted: #555; --rule: #c4c4c4; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); background: #fff;
  font: 1.0625rem/1.6 "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.page-header, main { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
.page-header { display: flex; justify-content: space-between; gap: 2rem; padding-top: 1.5rem;
  padding-bottom: 0.75rem; border-bottom: 1px solid var(--rule); font-size: 0.85rem; color: var(--muted); }
.page-header p { margin: 0; }
.page-header .kind { font-weight: 700; color: var(--text); }
main { padding-top: 1.5rem; padding-bottom: 3rem; overflow-wrap: anywhere; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.3rem; }
p { margin: 0 0 0.7rem; }
.muted { color: var(--muted); }
dl.facts { margin: 0 0 1rem; }
dl.facts div { display: flex; gap: 0.35rem; }
dl.facts dt::after { content: ":"; }
dl.facts dd { margin: 0; }
ul.labelled { list-style: none; padding-left: 0; }
ul.labelled > li { display: flex; gap: 0.5rem; }
ul.labelled .label { min-width: 2.5rem; }
.decision { margin: 0.75rem 0 1rem; }
.decision .lead { font-weight: 700; margin-bottom: 0.2rem; }
.decision .clause { margin: 0 0 0.2rem 1.25rem; }
.signatures { margin: 2rem 0 1rem; }
.signature-group .lead { font-weight: 700; margin-bottom: 0; }
.signature-lines { display: flex; flex-wrap: wrap; gap: 0 2.5rem; }
.signature { flex: 0 1 16rem; margin: 2.5rem 0 0.5rem; padding-top: 0.25rem; border-top: 1px solid currentColor; font-size: 0.95rem; }
.place-date .blank { display: inline-block; min-width: 14rem; border-bottom: 1px solid currentColor; }
blockquote { margin: 0 0 0.8rem; padding-left: 1rem; border-left: 3px solid var(--rule); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; color: var(--muted); padding-bottom: 0.3rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem 0.35rem 0; border-bottom: 1px solid var(--rule); }
thead th { color: var(--muted); font-weight: 600; }
ul.people { list-style: none; margin: 0; padding: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media print {
  @page { size: A4; margin: 2cm 2.2cm 2.2cm;
    @bottom-right { content: ${cssString(foot.join(', '))} " · Sida " counter(page) " (" counter(pages) ")";
      font: 8pt "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
      color: #333; } }
  body { font-size: 10.5pt; }
  .page-header, main { max-width: none; padding-left: 0; padding-right: 0; }
  .page-header { padding-top: 0; }
  h2, h3, h4, .decision .lead { break-after: avoid; }
  tr, .decision, .signatures { break-inside: avoid; }
}
`.trim();
}
