/**
 * The format-neutral shape of an exported document. The minutes and the meeting pack are
 * built once into this shape, and each writer (PDF, DOCX, HTML, Markdown) only decides how
 * a block looks, so the four files cannot drift apart in what they say.
 */
import type { TextRun } from '@anteckna/doc-schema';
import type { ExportWarning } from '../exportTypes.ts';

export type HeadingLevel = 1 | 2 | 3 | 4;

/** One person in the attendance, already worded ("Maria Särnblad (tf)"). */
export interface AttendeeLine {
  text: string;
  /** Struck through, and always said in words as well (`note`). */
  absent: boolean;
  /** How they attended, in words: "ej närvarande", "på distans", "närvarande under punkt 6". */
  note?: string;
}

export interface AttendanceRow {
  organisation: string;
  people: AttendeeLine[];
}

export type LayoutBlock =
  | { type: 'heading'; level: HeadingLevel; runs: TextRun[] }
  | { type: 'paragraph'; runs: TextRun[]; tone?: 'muted' }
  /** Label/value lines such as "Datum: 19 december 2024"; tight, no paragraph spacing. */
  | { type: 'facts'; entries: { label: string; value: string }[] }
  /** `labels` replaces automatic numbering when the numbers are the document's own ("12.", "4 a)"). */
  | { type: 'list'; ordered: boolean; items: LayoutBlock[][]; labels?: string[] }
  | { type: 'quote'; blocks: LayoutBlock[] }
  | { type: 'attendanceTable'; caption: string; columns: [string, string]; rows: AttendanceRow[] }
  | { type: 'attendanceList'; label: string; people: AttendeeLine[]; tail: string }
  /** "<Body> beslutade:" followed by one line per clause, each starting "att". */
  | { type: 'decision'; lead: string; clauses: string[] }
  /**
   * The signature block of a protocol (SPEC rule S4): each group ("Vid protokollet",
   * "Justeras") with a line to sign on above each signer's printed name, then the place and date.
   */
  | { type: 'signatures'; groups: SignatureGroup[]; placeDate: { label: string; value: string } }
  /** A group that belongs together: an agenda item, the attendance, the approval. */
  | { type: 'section'; blocks: LayoutBlock[]; keepTogether?: boolean };

/** One line to sign on: the printed name under it (blank when not chosen yet) and the role. */
export interface SignatureLine {
  name: string;
  role: string;
}

export interface SignatureGroup {
  label: string;
  lines: SignatureLine[];
}

export type DocumentKind = 'Minnesanteckningar' | 'Protokoll' | 'Handlingar';

/** The lines repeated at the top of every page of the PDF and Word files. */
export interface PageHeader {
  organisationLines: string[];
  documentKind: DocumentKind;
  /** "Datum: 2024-12-20". */
  dateLine: string;
  /** "Dnr: HSN 2024/1905", or null when the meeting has no registry number. */
  registryLine: string | null;
  /**
   * "UTKAST – ej godkänt · version 4 december 2026 kl. 21.50" on every page of minutes that are
   * not locked; null once they are.
   */
  draftLine: string | null;
}

export interface ExportLayout {
  /** Document title: PDF Info and XMP, HTML <title>, DOCX core properties. */
  title: string;
  /** The issuing body, for the author field. */
  author: string;
  header: PageHeader;
  blocks: LayoutBlock[];
  warnings: ExportWarning[];
}
