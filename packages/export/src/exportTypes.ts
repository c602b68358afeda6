/** Who the file is for. `public` leaves out items and attachments marked internal. */
export type ExportAudience = 'internal' | 'public';

export interface ExportOptions {
  /** Default `internal`. */
  audience?: ExportAudience;
  /**
   * Attachments whose stored file the server could not find. Only the server knows; the file
   * then says so beside the reference instead of silently listing a file nobody can open.
   */
  missingAttachmentIds?: readonly string[];
  /**
   * When the rendered version was last changed (ISO date or timestamp). Minutes that are not
   * locked say "UTKAST – ej godkänt" with this date; without it, the document date is used.
   */
  versionTime?: string;
}

export interface PdfExportOptions extends ExportOptions {
  /**
   * Written as the PDF's creation date (Info, XMP and the file ID derived from them). Give the
   * seal's date so that a sealed PDF can be rendered again byte for byte.
   */
  creationDate?: Date;
}

export type ExportWarningCode =
  | 'unsupported_characters'
  | 'control_characters_removed'
  | 'missing_attachment'
  | 'missing_registry_number'
  | 'empty_agenda'
  | 'missing_time';

/** Something the file could not show as written; the message is Swedish, for the secretary. */
export interface ExportWarning {
  code: ExportWarningCode;
  message: string;
  /** What it concerns: characters, attachment labels, item numbers. */
  details: string[];
}

export interface RenderedFile {
  bytes: Uint8Array;
  warnings: ExportWarning[];
}

export interface RenderedText {
  text: string;
  warnings: ExportWarning[];
}
