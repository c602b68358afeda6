import { useTranslation } from 'react-i18next';
import type { CollabStatus } from './collabSession.ts';
import { initials } from '../agenda/itemTitle.ts';
import { statusTextKeys } from './statusText.ts';
import type { PresentPerson } from './usePresence.ts';
import './collabStatusBar.css';

/**
 * Connection, saved state and who else is here: always on screen while a meeting is open. On
 * locked minutes nobody writes, so neither "Sparat" nor who is here is shown.
 */
export function CollabStatusBar({
  status,
  presence,
  locked = false,
}: {
  status: CollabStatus;
  presence: PresentPerson[];
  locked?: boolean;
}) {
  const { t } = useTranslation();
  const text = statusTextKeys(status);
  return (
    <div className="collab-status">
      <p className="collab-connection" role="status" data-state={status.connection}>
        <span className="collab-dot" aria-hidden="true" />
        <span className="visually-hidden">{t('status.connectionLabel')}: </span>
        {t(text.connection)}
      </p>
      {text.save && !locked && (
        <p className="collab-save" data-state={status.save} data-testid="save-state">
          {t(text.save)}
        </p>
      )}
      {!locked && (
        <div className="collab-presence">
          <h2 className="visually-hidden">{t('status.presenceHeading')}</h2>
          {presence.length === 0 ? (
            <span className="collab-alone">{t('status.alone')}</span>
          ) : (
            <ul aria-label={t('status.presenceHeading')}>
              {presence.map((person) => (
                <li key={person.userId} title={person.name}>
                  <span
                    className="avatar"
                    style={{ backgroundColor: person.color }}
                    aria-hidden="true"
                  >
                    {initials(person.name)}
                  </span>
                  <span className="visually-hidden">{person.name}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
