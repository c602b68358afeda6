import { useTranslation } from 'react-i18next';
import type { TaskEntry } from '@anteckna/contract';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';

/** Under a forward: the receiving body took it up on a date, and what it decided. */
export function TakenUpNote({ takenUp }: { takenUp: NonNullable<TaskEntry['takenUp']> }) {
  const { t } = useTranslation();
  const date = formatDate(takenUp.meetingDate, currentLanguage());
  return (
    <div className="task-taken-up">
      <p>{t('registers.tasks.takenUp', { body: takenUp.bodyName, date })}</p>
      {takenUp.decisions.length > 0 && (
        <ul>
          {takenUp.decisions.map((decision, index) => (
            <li key={index}>
              {t('minutes.clausePrefix')} {decision.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
