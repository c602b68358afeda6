import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabStatus } from '../editor/collabSession.ts';
import { CollabStatusBar } from '../editor/CollabStatusBar.tsx';
import { LiveModeSwitch } from '../live/LiveModeSwitch.tsx';
import { useMeetingView } from './meetingView.ts';
import { PhaseBadge } from './PhaseBadge.tsx';

/**
 * The bar that stays on screen: which meeting, its phase, connection, saved, who is here. A
 * named region (a landmark like the rest of the page), holding the page's announcements too.
 * Locked minutes are nobody's work in progress: no "Sparat" and no presence there.
 */
export function MeetingStatusBar(props: {
  status: CollabStatus;
  panelOpen: boolean;
  onTogglePanel(): void;
  onShortcuts(): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const view = useMeetingView();
  return (
    <section className="meeting-statusbar" aria-label={t('meeting.statusBarLabel')}>
      <span className="meeting-statusbar-title">
        {view.model.meeting.bodyShortName || view.detail.meeting.bodyShortName} ·{' '}
        {view.detail.meeting.title}
      </span>
      <PhaseBadge phase={view.phase} />
      <CollabStatusBar
        status={props.status}
        presence={view.presence}
        locked={view.phase === 'locked'}
      />
      <div className="meeting-statusbar-actions">
        <LiveModeSwitch />
        <button type="button" className="button button-small" onClick={props.onShortcuts}>
          {t('shortcuts.open')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-expanded={props.panelOpen}
          aria-controls="meeting-side-panel"
          onClick={props.onTogglePanel}
        >
          {props.panelOpen ? t('meeting.hidePanel') : t('meeting.showPanel')}
        </button>
      </div>
      {props.children}
    </section>
  );
}
