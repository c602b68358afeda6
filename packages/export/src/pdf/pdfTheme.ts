import type { HeadingLevel } from '../layout/layoutTypes.ts';

/** Measures in points on A4 (595 × 842). Calm: one family, few sizes, generous line spacing. */
export const PDF_THEME = {
  margins: { top: 124, bottom: 64, left: 70, right: 70 },
  header: { top: 40, ruleY: 106, size: 8.5, rightColumnWidth: 170, draftTop: 22 },
  color: {
    text: '#1a1a1a',
    muted: '#555555',
    rule: '#b8b8b8',
    header: '#333333',
    draft: '#a4161a',
  },
  body: { size: 10.5, lineGap: 2.6, paragraphGap: 6.5, factsGap: 1.5 },
  headings: {
    1: { size: 17, before: 0, after: 10 },
    2: { size: 12.5, before: 16, after: 5 },
    3: { size: 11, before: 11, after: 4 },
    4: { size: 10.5, before: 9, after: 3 },
  } satisfies Record<HeadingLevel, { size: number; before: number; after: number }>,
  list: { indent: 18, itemGap: 2.5 },
  decision: { indent: 16, gapBefore: 2 },
  quote: { indent: 14 },
  /** Room to sign above each line; the printed name under it. */
  signature: {
    gapBefore: 18,
    signSpace: 34,
    nameHeight: 20,
    nameSize: 9.5,
    columnGap: 36,
    groupGap: 12,
    placeDateWidth: 190,
  },
  table: { size: 9.5, organisationWidth: 150, padding: 4, lineGap: 1.2 },
  /** Space kept free under a heading so that it never ends a page alone. */
  keepWithHeading: 42,
} as const;
