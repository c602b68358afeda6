import { useTranslation } from 'react-i18next';
import type { CollabStatus } from '../editor/collabSession.ts';
import { CollabStatusBar } from '../editor/CollabStatusBar.tsx';
import { LiveModeSwitch } from '../live/LiveModeSwitch.tsx';
import { useMeetingView } from './meetingView.ts';
import { PhaseBadge } from './PhaseBadge.tsx';

/** The bar that stays on screen: which meeting, its phase, connection, saved, who is here. */
export function MeetingStatusBar(props: {
  status: CollabStatus;
  panelOpen: boolean;
  onTogglePanel(): void;
  onShortcuts(): void;
}) {
  const { t } = useTranslation();
  const view = useMeetingView();
  return (
    <div className="meeting-statusbar">
      <span className="meeting-statusbar-title">
        {view.model.meeting.bodyShortName || view.detail.meeting.bodyShortName} ·{' '}
        {view.detail.meeting.title}
      </span>
      <PhaseBadge phase={view.phase} />
      <CollabStatusBar status={props.status} presence={view.presence} />
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
    </div>
  );
}
