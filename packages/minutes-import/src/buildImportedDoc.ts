/**
 * Writes parsed minutes into a new meeting document through the writers of @anteckna/doc-schema,
 * so the result is exactly what the editor would have written: the same roots, the same
 * elements, the same validation. A part a writer refuses is written in a simpler form (its text
 * as body paragraphs) and reported, never lost.
 */
import * as Y from 'yjs';
import {
  addAgendaItem,
  initMeetingDoc,
  isDocSchemaError,
  setAttendance,
} from '@anteckna/doc-schema';
import type { AgendaItemInput, Block, ImportedSource } from '@anteckna/doc-schema';
import type { Phase } from '@anteckna/domain';
import type { ImportFinding } from './importFinding.ts';
import { finding } from './importFinding.ts';
import type { ParsedMinutes } from './parsedMinutes.ts';

export interface ImportedDocOptions {
  phase: Phase;
  importedFrom?: ImportedSource;
  /** Into an existing empty document (the server's room); a new one otherwise. */
  doc?: Y.Doc;
}

export function buildImportedDoc(
  minutes: ParsedMinutes,
  options: ImportedDocOptions,
  findings: ImportFinding[] = [],
): Y.Doc {
  const doc = options.doc ?? new Y.Doc();
  doc.transact(() => {
    initMeetingDoc(
      doc,
      {
        ...minutes.header,
        phase: options.phase,
        ...(options.importedFrom ? { importedFrom: options.importedFrom } : {}),
      },
      minutes.organisations,
    );
    for (const { personId, entry } of minutes.attendance) {
      try {
        setAttendance(doc, personId, entry);
      } catch (error) {
        if (!isDocSchemaError(error)) throw error;
        findings.push(
          finding(
            'line_unrecognised',
            'warning',
            entry.name,
            'Personen kunde inte läggas i närvarolistan.',
          ),
        );
      }
    }
    const siblings = new Map<string | null, number>();
    for (const item of minutes.items) {
      const parent = item.parentId ?? null;
      const position = siblings.get(parent) ?? 0;
      siblings.set(parent, position + 1);
      writeItem(doc, item, position, findings);
    }
  });
  return doc;
}

function writeItem(doc: Y.Doc, item: AgendaItemInput, position: number, findings: ImportFinding[]) {
  try {
    addAgendaItem(doc, item, position);
  } catch (error) {
    if (!isDocSchemaError(error)) throw error;
    const asText = (blocks: Block[] | undefined) => blocks ?? [];
    const clauses: Block[] = (item.decision ?? []).map((clause) => ({
      type: 'paragraph',
      runs: [{ text: `att ${clause.text}` }],
    }));
    findings.push(
      finding(
        'line_unrecognised',
        'warning',
        item.title,
        'Punktens beslut eller förslag kunde inte skrivas som sådana; texten står i punktens brödtext.',
        { itemId: item.id ?? '' },
      ),
    );
    addAgendaItem(
      doc,
      {
        ...item,
        status: item.status === 'withdrawn' ? 'withdrawn' : 'active',
        body: [...asText(item.body), ...asText(item.proposal), ...clauses],
        proposal: [],
        decision: [],
      },
      position,
    );
  }
}
