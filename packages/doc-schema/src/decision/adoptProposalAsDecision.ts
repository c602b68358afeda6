/**
 * "A proposal written beforehand often becomes the decision word for word" (minutes format):
 * every proposal paragraph or list item that reads "att …" becomes a clause (SPEC rule C5).
 */
import type * as Y from 'yjs';
import type { Block, DecisionClause } from '../minutesModel.ts';
import { itemFragment } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { readAgendaRecords } from '../agenda/agendaRecord.ts';
import { readBlocks } from '../blocks/readBlocks.ts';
import { plainText } from '../blocks/textRuns.ts';
import { inferClause } from './inferClause.ts';
import { replaceClauses, validateClauses, withdrawnItemError } from './writeDecisionClauses.ts';

/** "att …" at the start, after a typed number ("1. att …") or after "… beslutar att …". */
const CLAUSE_START = /^(?:\d+[.)]\s*)?(?:.*?\bbeslutar:?\s+)?att\s+(.+)$/isu;

export function adoptProposalAsDecision(doc: Y.Doc, itemId: string): DecisionClause[] {
  const item = readAgendaRecords(doc).find((record) => record.id === itemId);
  if (item === undefined) throw new DocSchemaError('unknown_item', `No item ${itemId}`, { itemId });
  if (item.status === 'withdrawn') throw withdrawnItemError(itemId);
  const clauses = proposalClauses(readBlocks(itemFragment(doc, itemId, 'proposal')));
  if (clauses.length === 0) {
    throw new DocSchemaError(
      'no_proposal_clauses',
      'The proposal has no paragraph that begins "att …"',
      { itemId },
    );
  }
  validateClauses(clauses);
  doc.transact(() => replaceClauses(itemFragment(doc, itemId, 'decision'), clauses));
  return clauses;
}

export function proposalClauses(blocks: readonly Block[]): DecisionClause[] {
  const clauses: DecisionClause[] = [];
  const visit = (block: Block): void => {
    if (block.type === 'paragraph' || block.type === 'heading') {
      const match = CLAUSE_START.exec(plainText(block.runs).trim());
      const text = match?.[1]
        ?.trim()
        .replace(/[.;,]$/u, '')
        .trim();
      if (text) clauses.push(inferClause(text));
    } else if (block.type === 'blockquote') {
      block.blocks.forEach(visit);
    } else {
      block.items.forEach((item) => item.forEach(visit));
    }
  };
  blocks.forEach(visit);
  return clauses;
}
