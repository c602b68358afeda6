/**
 * The one set of texts for the check's findings, in Swedish and English: the server words each
 * finding in the request's language, and the web app shows what the server sent.
 */
import type { CheckRuleId } from './checkRule.ts';
import type { CheckLanguage, RuleHit } from './finding.ts';

const MESSAGES: Record<CheckRuleId, Record<CheckLanguage, string>> = {
  person_named_two_ways: {
    sv: 'Samma person stavas på två sätt: ”{name}” och ”{otherName}”.',
    en: 'One person is spelt two ways: “{name}” and “{otherName}”.',
  },
  body_named_two_ways: {
    sv: 'Organets namn skrivs ”{found}” men heter ”{expected}”.',
    en: 'The body’s name is written “{found}” but is “{expected}”.',
  },
  document_date_before_meeting: {
    sv: 'Dokumentets datum {documentDate} ligger före mötet {meetingDate}.',
    en: 'The document date {documentDate} is before the meeting {meetingDate}.',
  },
  document_date_long_after_meeting: {
    sv: 'Dokumentets datum {documentDate} ligger {days} dagar efter mötet.',
    en: 'The document date {documentDate} is {days} days after the meeting.',
  },
  clause_without_verb: {
    sv: 'En att-sats saknar verb: ”att {text}”.',
    en: 'A clause has no verb: “att {text}”.',
  },
  item_number_skipped: {
    sv: 'Punktnumret {number} hoppar över {expected}.',
    en: 'Item number {number} skips {expected}.',
  },
  item_number_repeated: {
    sv: 'Punktnumret {number} förekommer två gånger.',
    en: 'Item number {number} appears twice.',
  },
  attachment_number_skipped: {
    sv: 'Bilaga {number} hoppar över bilaga {expected}.',
    en: 'Attachment {number} skips attachment {expected}.',
  },
  attachment_number_repeated: {
    sv: 'Bilaga {number} förekommer två gånger.',
    en: 'Attachment {number} appears twice.',
  },
  attachment_reference_missing: {
    sv: 'Texten hänvisar till ”{reference}” men det finns ingen bilaga {number}.',
    en: 'The text refers to “{reference}” but there is no attachment {number}.',
  },
  not_represented_but_present: {
    sv: '{organisation} sägs inte vara representerad men har någon närvarande.',
    en: '{organisation} is said not to be represented but has someone present.',
  },
  item_without_title: {
    sv: 'Punkt {number} saknar rubrik.',
    en: 'Item {number} has no title.',
  },
  decision_missing: {
    sv: 'Beslutspunkt {number} ”{title}” saknar beslut.',
    en: 'Decision item {number} “{title}” has no decision.',
  },
  clause_empty: {
    sv: 'Punkt {number} har en tom att-sats.',
    en: 'Item {number} has an empty clause.',
  },
  person_listed_twice: {
    sv: '{name} står {count} gånger i närvarolistan.',
    en: '{name} is listed {count} times in the attendance.',
  },
  organisation_named_two_ways: {
    sv: 'Organisationen skrivs ”{found}” men heter ”{expected}”.',
    en: 'The organisation is written “{found}” but is “{expected}”.',
  },
  other_body_named_two_ways: {
    sv: 'Organet skrivs ”{found}” men heter ”{expected}”.',
    en: 'The body is written “{found}” but is “{expected}”.',
  },
  approval_before_meeting: {
    sv: 'Godkännandet är daterat {approvalDate}, före mötet {meetingDate} som det godkänner.',
    en: 'The approval is dated {approvalDate}, before the meeting {meetingDate} it approves.',
  },
  attendance_not_marked: {
    sv: 'Närvaron för {name} ({organisation}) är inte markerad (kallad). Markera närvarande eller frånvarande.',
    en: 'Attendance of {name} ({organisation}) is not marked (called). Mark them present or absent.',
  },
  election_without_term: {
    sv: 'Valet i punkt {number} saknar roll eller mandatperiodens början: ”att {text}”. Ange dem så att valet syns i förteckningen över uppdrag.',
    en: 'The election in item {number} has no role or no start of term: “att {text}”. Add them so the election shows in the register of roles.',
  },
  election_term_overlap: {
    sv: 'Valet av {name} till {role} i punkt {number} överlappar mandatperioden för {otherName} ({otherFrom} – {otherTo}).',
    en: 'The election of {name} as {role} in item {number} overlaps the term of {otherName} ({otherFrom} – {otherTo}).',
  },
};

export function findingMessage(hit: RuleHit, language: CheckLanguage): string {
  return MESSAGES[hit.rule][language].replace(/\{(\w+)\}/gu, (whole, key: string) =>
    key in hit.params ? String(hit.params[key]) : whole,
  );
}
