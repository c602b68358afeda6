/**
 * Every rule of the mistake check by its stable id (SPEC rules K1–K16, K30–K32): the SPEC number and the
 * severity. Clients acknowledge warnings by these ids, so an id never changes meaning.
 */
export type FindingSeverity = 'error' | 'warning';

export const CHECK_RULES = {
  person_named_two_ways: { spec: 'K1', severity: 'warning' },
  body_named_two_ways: { spec: 'K2', severity: 'error' },
  document_date_before_meeting: { spec: 'K3', severity: 'error' },
  document_date_long_after_meeting: { spec: 'K3', severity: 'warning' },
  clause_without_verb: { spec: 'K4', severity: 'error' },
  item_number_skipped: { spec: 'K5', severity: 'error' },
  item_number_repeated: { spec: 'K5', severity: 'error' },
  attachment_number_skipped: { spec: 'K5', severity: 'error' },
  attachment_number_repeated: { spec: 'K5', severity: 'error' },
  attachment_reference_missing: { spec: 'K6', severity: 'error' },
  not_represented_but_present: { spec: 'K7', severity: 'error' },
  item_without_title: { spec: 'K9', severity: 'error' },
  decision_missing: { spec: 'K10', severity: 'error' },
  clause_empty: { spec: 'K11', severity: 'error' },
  person_listed_twice: { spec: 'K12', severity: 'error' },
  organisation_named_two_ways: { spec: 'K13', severity: 'error' },
  other_body_named_two_ways: { spec: 'K14', severity: 'error' },
  approval_before_meeting: { spec: 'K15', severity: 'error' },
  attendance_not_marked: { spec: 'K30', severity: 'error' },
  election_without_term: { spec: 'K31', severity: 'warning' },
  election_term_overlap: { spec: 'K32', severity: 'warning' },
} as const satisfies Record<string, { spec: string; severity: FindingSeverity }>;

export type CheckRuleId = keyof typeof CHECK_RULES;

export function isCheckRuleId(value: string): value is CheckRuleId {
  return Object.hasOwn(CHECK_RULES, value);
}
