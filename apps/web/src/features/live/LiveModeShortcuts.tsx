import { useTranslation } from 'react-i18next';
import { useMeetingView } from '../meetings/meetingView.ts';
import { useLiveModeSetting } from './useLiveModeSetting.ts';

const SHORTCUTS = [
  { keys: ['Alt', '↑ / ↓'], action: 'moveItem' },
  { keys: ['Alt', 'N'], action: 'attendance' },
  { keys: ['Ctrl', 'Enter'], action: 'addClause' },
  { keys: ['Ctrl', 'Shift', 'Enter'], action: 'adoptProposal' },
] as const;

/** The keys of the secretary's live mode, in the "?" list while the meeting is held. */
export function LiveModeShortcuts() {
  const { t } = useTranslation();
  const view = useMeetingView();
  const liveMode = useLiveModeSetting(view);
  if (!liveMode.available) return null;
  return (
    <table className="shortcuts-table live-shortcuts">
      <caption>{t('liveMode.shortcuts.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('shortcuts.keys')}</th>
          <th scope="col">{t('shortcuts.action')}</th>
        </tr>
      </thead>
      <tbody>
        {SHORTCUTS.map((shortcut) => (
          <tr key={shortcut.action}>
            <td>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' + '}
                  <kbd>{key === 'Ctrl' ? t('shortcuts.ctrl') : key}</kbd>
                </span>
              ))}
            </td>
            <td>{t(`liveMode.shortcuts.${shortcut.action}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
