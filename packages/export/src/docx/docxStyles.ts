import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/** Sizes in half-points, spacing in twentieths of a point, as Word stores them. */
export const DOCX_FONT = 'Calibri';
export const MUTED_COLOR = '555555';
export const ORDERED_LIST = 'anteckna-ordered';

/**
 * Word's own Heading 1–4 styles, so the navigation pane and a table of contents work and the
 * secretary can restyle the whole document in one place.
 */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: DOCX_FONT, size: 21, language: { value: 'sv-SE' } },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
    heading1: {
      run: { font: DOCX_FONT, size: 34, bold: true, color: '1A1A1A' },
      paragraph: { spacing: { before: 0, after: 200 } },
    },
    heading2: {
      run: { font: DOCX_FONT, size: 25, bold: true, color: '1A1A1A' },
      paragraph: { spacing: { before: 320, after: 100 }, keepNext: true },
    },
    heading3: {
      run: { font: DOCX_FONT, size: 22, bold: true, color: '1A1A1A' },
      paragraph: { spacing: { before: 220, after: 80 }, keepNext: true },
    },
    heading4: {
      run: { font: DOCX_FONT, size: 21, bold: true, color: '1A1A1A' },
      paragraph: { spacing: { before: 180, after: 60 }, keepNext: true },
    },
  },
};

export const DOCX_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: ORDERED_LIST,
      levels: [0, 1, 2].map((level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
};
