/**
 * The mistake check (SPEC rules K1–K16, K30–K32): pure, over the read model and what the server knows
 * beside it (the context). The server runs it for `GET /api/meetings/:id/check`, before
 * circulating and before approving; the web app shows what the server found. It finds; it never
 * changes anything.
 */
import type { MinutesModel } from '../minutesModel.ts';
import { CHECK_RULES } from './checkRule.ts';
import type { CheckContext, Finding, RuleHit } from './finding.ts';
import { findingMessage } from './findingMessages.ts';
import { checkPersonNames } from './personNames.ts';
import { checkBodyNames } from './bodyNames.ts';
import { checkDocumentDate } from './documentDate.ts';
import { checkClauseVerbs } from './clauseVerbs.ts';
import {
  checkAttachmentNumbers,
  checkAttachmentReferences,
  checkItemNumbers,
} from './numbering.ts';
import { checkNotRepresentedText } from './notRepresentedText.ts';
import { checkEmptyClauses, checkItemTitles, checkMissingDecisions } from './itemCompleteness.ts';
import { checkPersonListedTwice } from './attendanceTwice.ts';
import { checkOrganisationNames } from './organisationNames.ts';
import { checkApprovalDate } from './approvalDate.ts';
import { checkAttendanceMarked } from './attendanceMarked.ts';
import { checkElectionOverlaps, checkElectionTerms } from './elections.ts';

export function checkMinutes(model: MinutesModel, context: CheckContext = {}): Finding[] {
  const hits: RuleHit[] = [
    ...checkPersonNames(model),
    ...checkBodyNames(model, context),
    ...checkDocumentDate(model, context),
    ...checkClauseVerbs(model),
    ...checkItemNumbers(model),
    ...checkAttachmentNumbers(model),
    ...checkAttachmentReferences(model),
    ...checkNotRepresentedText(model),
    ...checkItemTitles(model),
    ...checkMissingDecisions(model),
    ...checkEmptyClauses(model),
    ...checkPersonListedTwice(model),
    ...checkOrganisationNames(model, context),
    ...checkApprovalDate(model, context),
    ...checkAttendanceMarked(model),
    ...checkElectionTerms(model),
    ...checkElectionOverlaps(model, context),
  ];
  const language = context.language ?? 'sv';
  return hits.map((hit) => ({
    rule: hit.rule,
    severity: CHECK_RULES[hit.rule].severity,
    itemId: hit.itemId ?? null,
    text: hit.text,
    message: findingMessage(hit, language),
  }));
}

/** Errors hold circulation and approval; warnings are acknowledged. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
