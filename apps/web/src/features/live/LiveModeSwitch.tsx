import { useTranslation } from 'react-i18next';
import { useMeetingView } from '../meetings/meetingView.ts';
import { useLiveModeSetting } from './useLiveModeSetting.ts';
import './liveMode.css';

/** "Liveläge" on or off, in the status bar: there for the secretary while the meeting is held. */
export function LiveModeSwitch() {
  const { t } = useTranslation();
  const view = useMeetingView();
  const liveMode = useLiveModeSetting(view);
  if (!liveMode.available) return null;
  return (
    <label className="live-mode-switch">
      <input
        type="checkbox"
        role="switch"
        checked={liveMode.on}
        onChange={(event) => liveMode.setOn(event.target.checked)}
      />
      <span className="live-mode-switch-track" aria-hidden="true" />
      <span>{t('liveMode.switch')}</span>
    </label>
  );
}
