// The front door of @anteckna/minutes-import: legacy minutes as text → structured, checked minutes.
export { parseMinutesText } from './parseMinutesText.ts';
export { buildImportedDoc } from './buildImportedDoc.ts';
export type { ImportedDocOptions } from './buildImportedDoc.ts';
export { checkImportedMinutes } from './checkImportedMinutes.ts';
export type { ImportFinding, FindingSeverity, ImportRule } from './importFinding.ts';
export type { ImportOptions } from './importOptions.ts';
export type { LineMark, LineRole } from './lineMarks.ts';
export type {
  MinutesImport,
  MissingPart,
  ParsedMinutes,
  PreviousMinutesDecision,
} from './parsedMinutes.ts';
