import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog.tsx';
import { LiveModeShortcuts } from '../live/LiveModeShortcuts.tsx';

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
      <table className="shortcuts-table">
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
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
              <td>{t(`shortcuts.${shortcut.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LiveModeShortcuts />
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </Dialog>
  );
}
