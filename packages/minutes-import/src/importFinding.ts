/**
 * One finding of an import: something the reader of the minutes should look at. The import's
 * own rules (unrecognised lines, a missing label, a page header dropped …) and the mistake check
 * of @anteckna/doc-schema share this shape, so the secretary sees one list.
 */

export type ImportRule =
  | 'line_unrecognised'
  | 'page_furniture_dropped'
  | 'lines_joined'
  | 'presenter_label_missing'
  | 'person_listed_twice'
  | 'header_date_differs'
  | 'body_name_differs'
  | 'date_year_inferred'
  | 'time_ambiguous'
  | 'item_number_skipped'
  | 'item_number_repeated'
  | 'attachment_number_skipped'
  | 'clause_without_att'
  | 'decision_on_withdrawn_item'
  | 'strikethrough_not_readable'
  | 'organisation_not_in_body'
  | 'meeting_pack';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface ImportFinding {
  /** The import rule or the mistake check's rule that found it. */
  rule: string;
  severity: FindingSeverity;
  /** The item it concerns, when it concerns one. */
  itemId?: string;
  /** The text as written in the source. */
  text: string;
  /** What was found, in Swedish. */
  message: string;
  /** 1-based line of the source where the text is, when the import knows it. */
  line?: number;
}

export function finding(
  rule: ImportRule,
  severity: FindingSeverity,
  text: string,
  message: string,
  where: { line?: number; itemId?: string } = {},
): ImportFinding {
  return {
    rule,
    severity,
    text,
    message,
    ...(where.itemId === undefined ? {} : { itemId: where.itemId }),
    ...(where.line === undefined ? {} : { line: where.line }),
  };
}
