import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOWED_UP, setClauseDue, type AgendaItem } from '@anteckna/doc-schema';
import { useMeetingView } from '../meetings/meetingView.ts';
import { clauseKey, useDecisionClauses } from './useDecisionClauses.ts';

/**
 * The follow-up date of each task and forward of the item (SPEC rule U1): "senast" for a task,
 * the report-back date for a forward. Written into the clause; a date before the meeting is
 * refused by the writer and said aloud.
 */
export function ClauseFollowUps({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const followed = useDecisionClauses(item).filter(({ clause }) => FOLLOWED_UP.has(clause.type));
  if (followed.length === 0) return null;
  return (
    <div className="clause-follow-ups" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="clause-follow-ups-heading">
        {t('decisions.followUp.heading', { number: item.number })}
      </p>
      <ul>
        {followed.map((rendered) => (
          <li key={clauseKey(rendered)}>
            <label>
              <span>
                {t(
                  rendered.clause.type === 'task'
                    ? 'decisions.followUp.taskDue'
                    : 'decisions.followUp.forwardDue',
                  { text: rendered.clause.text },
                )}
              </span>
              <input
                type="date"
                value={rendered.clause.due ?? ''}
                min={view.model.meeting.date}
                onChange={(event) => {
                  const value = event.target.value;
                  if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
                  // Into the clause shown, wherever others' edits have moved it since.
                  view.write((doc) => setClauseDue(doc, item.id, rendered, value || null));
                }}
              />
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
