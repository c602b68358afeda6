/** What the importer knows about the body beforehand: the server passes the body's record. */
export interface ImportOptions {
  bodyName?: string;
  bodyShortName?: string;
  /** The body's member organisations, in the order its attendance lists them. */
  organisations?: readonly string[];
  /** The header lines under the body's organisation, used when the source has none. */
  organisationLines?: readonly string[];
}
