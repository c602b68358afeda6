import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route.ts';
import { useMeetingView } from '../meetings/meetingView.ts';
import './projectorButton.css';

/**
 * Opens the projector view in a window of its own, to drag to the projector's screen: it
 * follows the item the secretary moves to in this window.
 */
export function ProjectorButton() {
  const { t } = useTranslation();
  const view = useMeetingView();
  if (!view.isSecretary || view.phase !== 'live') return null;
  const href = routeHref({ name: 'projector', meetingId: view.meetingId });
  const open = () => {
    const url = `${window.location.pathname}${window.location.search}${href}`;
    const opened = window.open(
      url,
      `anteckna-projector-${view.meetingId}`,
      'popup,width=1280,height=800',
    );
    opened?.focus();
  };
  return (
    <div className="projector-open-row">
      <button type="button" className="button" onClick={open}>
        {t('projector.open')}
        <span className="visually-hidden"> {t('projector.opensWindow')}</span>
      </button>
      <p>{t('projector.follows')}</p>
    </div>
  );
}
