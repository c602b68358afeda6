import type { MinutesModel } from '@anteckna/doc-schema';

/**
 * Control characters (pasted from other programs) are invalid in the XML of DOCX and HTML and
 * meaningless in a PDF; a lone surrogate cannot be encoded at all. They are removed from every
 * string of the model once, before any writer sees it, and counted so the caller can say so.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface CleanedModel {
  model: MinutesModel;
  removedCharacters: number;
}

export function cleanModelText(model: MinutesModel): CleanedModel {
  let removed = 0;
  const cleanString = (text: string): string => {
    const withoutControls = text.replace(CONTROL, () => {
      removed += 1;
      return '';
    });
    const whole = withoutControls.replace(LONE_SURROGATE, () => {
      removed += 1;
      return '\uFFFD';
    });
    return whole.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').normalize('NFC');
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return cleanString(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    }
    return value;
  };
  // The walk keeps every key and only rewrites strings, so the shape is the input's shape.
  const cleaned = walk(model) as MinutesModel;
  return { model: cleaned, removedCharacters: removed };
}
