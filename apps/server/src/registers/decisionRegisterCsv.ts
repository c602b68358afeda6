import { stringify } from 'csv-stringify/sync';
import type { ClauseType } from '@anteckna/doc-schema';
import type { DecisionEntry } from './decisionRegister.ts';

const CLAUSE_TYPE_NAMES: Record<ClauseType, string> = {
  note: 'Lägga till handlingarna',
  approve: 'Godkänna',
  table: 'Bordlägga',
  forward: 'Skicka vidare',
  task: 'Uppdrag',
  elect: 'Val',
  other: 'Övrigt',
};

/** A spreadsheet would run a cell that starts like a formula: such text is written as text. */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The register as a spreadsheet opens it in Sweden: semicolons (Excel's separator under the
 * Swedish locale), a byte-order mark so å, ä and ö arrive whole, and a link to each item.
 */
export function decisionRegisterCsv(entries: readonly DecisionEntry[], appOrigin: string): string {
  const rows = entries.map((entry) => [
    entry.meetingDate,
    entry.meetingTitle,
    entry.itemNumber,
    entry.itemTitle,
    CLAUSE_TYPE_NAMES[entry.type],
    `att ${entry.text}`,
    entry.target ?? '',
    `${appOrigin}/#/meetings/${encodeURIComponent(entry.meetingId)}/${encodeURIComponent(entry.itemId)}`,
  ]);
  return (
    '\uFEFF' +
    stringify(
      rows.map((row) => row.map(asText)),
      {
        delimiter: ';',
        record_delimiter: '\r\n',
        header: true,
        columns: ['Datum', 'Möte', 'Punkt', 'Rubrik', 'Typ', 'Beslut', 'Mottagare', 'Länk'],
      },
    )
  );
}
