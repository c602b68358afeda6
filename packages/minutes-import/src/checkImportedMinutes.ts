/**
 * The findings of one import: the import's own (lines it did not recognise, labels it had to
 * guess …) and the mistake check of @anteckna/doc-schema run on what was written, in one list
 * and one shape, the check's findings quoting the text as written.
 */
import type * as Y from 'yjs';
import { checkMinutes, readMinutes } from '@anteckna/doc-schema';
import type { MinutesIssueId } from '@anteckna/doc-schema';
import type { FindingSeverity, ImportFinding } from './importFinding.ts';

type CheckResult = ReturnType<typeof checkMinutes>[number];

/** Every rule of the check in words: a rule added there fails the typecheck here until it has them. */
const CHECK_MESSAGES: Record<MinutesIssueId, string> = {
  person_named_two_ways: 'Samma person verkar stavas på två sätt.',
  body_named_two_ways: 'Organets namn är stavat på ett annat sätt.',
  document_date_before_meeting: 'Dokumentets datum är före mötets datum.',
  document_date_long_after_meeting: 'Dokumentets datum är långt efter mötets datum.',
  clause_without_verb: 'Beslutssatsen saknar verb.',
  item_number_skipped: 'Punktnumreringen hoppar över ett nummer.',
  item_number_repeated: 'Ett punktnummer förekommer två gånger.',
  attachment_number_skipped: 'Bilagenumreringen hoppar över ett nummer.',
  attachment_number_repeated: 'Ett bilagenummer förekommer två gånger.',
  attachment_reference_missing: 'Texten hänvisar till en bilaga som inte finns.',
  not_represented_but_present:
    'En organisation sägs inte vara representerad men har någon närvarande.',
  attendance_not_marked: 'Personen är inte markerad som närvarande eller frånvarande.',
};

const QUOTED_PARAMS = ['text', 'found', 'clause', 'reference', 'name', 'otherName', 'documentDate'];

export function checkImportedMinutes(
  doc: Y.Doc,
  importFindings: readonly ImportFinding[],
): ImportFinding[] {
  const checked = checkMinutes(readMinutes(doc)).map(fromCheck);
  return [...importFindings, ...checked];
}

/** The check's result in the finding shape, whichever of its two shapes it has. */
function fromCheck(result: CheckResult): ImportFinding {
  const record = result as unknown as Record<string, unknown>;
  if (typeof record.rule === 'string') {
    return {
      rule: record.rule,
      severity: record.severity as FindingSeverity,
      text: typeof record.text === 'string' ? record.text : '',
      message: typeof record.message === 'string' ? record.message : record.rule,
      ...(typeof record.itemId === 'string' ? { itemId: record.itemId } : {}),
    };
  }
  const id = String(record.id);
  const params = (record.params ?? {}) as Record<string, string | number>;
  const quoted = QUOTED_PARAMS.map((key) => params[key]).filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
  return {
    rule: id,
    severity: record.severity as FindingSeverity,
    text: quoted.join(' / '),
    message: CHECK_MESSAGES[id as MinutesIssueId] ?? id,
    ...(typeof record.itemId === 'string' ? { itemId: record.itemId } : {}),
  };
}
