import { useTranslation } from 'react-i18next';
import { useMeetingView } from '../meetings/meetingView.ts';
import { ShortcutTable } from '../meetings/ShortcutTable.tsx';
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
    <ShortcutTable
      caption={t('liveMode.shortcuts.heading')}
      className="live-shortcuts"
      shortcuts={SHORTCUTS.map(({ keys, action }) => ({
        keys,
        textKey: `liveMode.shortcuts.${action}`,
      }))}
    />
  );
}
