/**
 * K3: the document date ("Datum" in the header) must not come before the meeting, and not long
 * after it: minutes written weeks later are usually a date typed from an older template.
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { CheckContext, RuleHit } from './finding.ts';
import { isIsoDate } from '../meeting/meetingHeader.ts';

const DAY_MS = 86_400_000;
export const DEFAULT_MAX_DOCUMENT_DATE_LAG_DAYS = 30;

export function checkDocumentDate(model: MinutesModel, options: CheckContext = {}): RuleHit[] {
  const { date, documentDate } = model.meeting;
  if (!isIsoDate(date) || !isIsoDate(documentDate)) return [];
  const days = Math.round(
    (Date.parse(`${documentDate}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS,
  );
  const params = { documentDate, meetingDate: date, days };
  if (days < 0) return [{ rule: 'document_date_before_meeting', text: documentDate, params }];
  const limit = options.maxDocumentDateLagDays ?? DEFAULT_MAX_DOCUMENT_DATE_LAG_DAYS;
  if (days > limit)
    return [
      {
        rule: 'document_date_long_after_meeting',
        text: documentDate,
        params: { ...params, limit },
      },
    ];
  return [];
}
