import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog.tsx';
import { LiveModeShortcuts } from '../live/LiveModeShortcuts.tsx';
import { ShortcutTable } from './ShortcutTable.tsx';

const SHORTCUTS = [
  { keys: ['Alt', '↑'], action: 'previousItem' },
  { keys: ['Alt', '↓'], action: 'nextItem' },
  { keys: ['Ctrl', 'Enter'], action: 'addClause' },
  { keys: ['Ctrl', 'Shift', 'Enter'], action: 'adoptProposal' },
  { keys: ['Ctrl', 'Z'], action: 'undo' },
  { keys: ['Ctrl', 'Shift', 'Z'], action: 'redo' },
  { keys: ['Ctrl', 'B'], action: 'bold' },
  { keys: ['Ctrl', 'I'], action: 'italic' },
  { keys: ['?'], action: 'help' },
] as const;

/** "?": the keyboard shortcuts of the meeting page. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('shortcuts.title')} onClose={onClose}>
      <ShortcutTable
        caption={t('shortcuts.title')}
        captionHidden
        shortcuts={SHORTCUTS.map(({ keys, action }) => ({ keys, textKey: `shortcuts.${action}` }))}
      />
      <LiveModeShortcuts />
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </Dialog>
  );
}
