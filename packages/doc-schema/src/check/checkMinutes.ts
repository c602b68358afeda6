/**
 * The mistake check (SPEC rules K1–K8, K30): pure, over the read model, so the editor can run it on
 * every change and the server before circulating. It finds; it never changes anything.
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { CheckMinutesOptions, MinutesIssue } from './minutesIssue.ts';
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
import { checkAttendanceMarked } from './attendanceMarked.ts';

export function checkMinutes(
  model: MinutesModel,
  options: CheckMinutesOptions = {},
): MinutesIssue[] {
  return [
    ...checkPersonNames(model),
    ...checkBodyNames(model),
    ...checkDocumentDate(model, options),
    ...checkClauseVerbs(model),
    ...checkItemNumbers(model),
    ...checkAttachmentNumbers(model),
    ...checkAttachmentReferences(model),
    ...checkNotRepresentedText(model),
    ...checkAttendanceMarked(model),
  ];
}
