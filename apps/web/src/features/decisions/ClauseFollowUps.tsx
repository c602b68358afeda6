import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOWED_UP, setClauseDue, type AgendaItem } from '@anteckna/doc-schema';
import { useMeetingView } from '../meetings/meetingView.ts';
import { useDecisionClauses } from './useDecisionClauses.ts';

/**
 * The follow-up date of each task and forward of the item (SPEC rule U1): "senast" for a task,
 * the report-back date for a forward. Written into the clause; a date before the meeting is
 * refused by the writer and said aloud.
 */
export function ClauseFollowUps({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const followed = useDecisionClauses(item)
    .map((clause, position) => ({ clause, position }))
    .filter(({ clause }) => FOLLOWED_UP.has(clause.type));
  if (followed.length === 0) return null;
  return (
    <div className="clause-follow-ups" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="clause-follow-ups-heading">
        {t('decisions.followUp.heading', { number: item.number })}
      </p>
      <ul>
        {followed.map(({ clause, position }) => (
          <li key={position}>
            <label>
              <span>
                {t(
                  clause.type === 'task'
                    ? 'decisions.followUp.taskDue'
                    : 'decisions.followUp.forwardDue',
                  { text: clause.text },
                )}
              </span>
              <input
                type="date"
                value={clause.due ?? ''}
                min={view.model.meeting.date}
                onChange={(event) => {
                  const value = event.target.value;
                  if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
                  view.write((doc) => setClauseDue(doc, item.id, position, value || null));
                }}
              />
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
