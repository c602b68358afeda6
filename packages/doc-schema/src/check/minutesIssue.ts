/** One finding of the mistake check (SPEC rules K1–K8): a stable id the web app translates. */
export type MinutesIssueId =
  | 'person_named_two_ways'
  | 'body_named_two_ways'
  | 'document_date_before_meeting'
  | 'document_date_long_after_meeting'
  | 'clause_without_verb'
  | 'item_number_skipped'
  | 'item_number_repeated'
  | 'attachment_number_skipped'
  | 'attachment_number_repeated'
  | 'attachment_reference_missing'
  | 'not_represented_but_present'
  | 'attendance_not_marked';

export type MinutesIssueSeverity = 'error' | 'warning';

export interface MinutesIssue {
  id: MinutesIssueId;
  itemId?: string;
  severity: MinutesIssueSeverity;
  params: Record<string, string | number>;
}

export interface CheckMinutesOptions {
  /** Days the document date may follow the meeting (rule K3); 30 unless told. */
  maxDocumentDateLagDays?: number;
}
