import { useTranslation } from 'react-i18next';

export interface Shortcut {
  keys: readonly string[];
  /** The catalogue key of what the keys do. */
  textKey: string;
}

/** One table of keyboard shortcuts ("Alt + ↑ | Föregående punkt"), for the "?" dialog. */
export function ShortcutTable({
  caption,
  captionHidden = false,
  className,
  shortcuts,
}: {
  caption: string;
  captionHidden?: boolean;
  className?: string;
  shortcuts: readonly Shortcut[];
}) {
  const { t } = useTranslation();
  return (
    <table className={className ? `shortcuts-table ${className}` : 'shortcuts-table'}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('shortcuts.keys')}</th>
          <th scope="col">{t('shortcuts.action')}</th>
        </tr>
      </thead>
      <tbody>
        {shortcuts.map((shortcut) => (
          <tr key={shortcut.textKey}>
            <td>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' + '}
                  <kbd>{key === 'Ctrl' ? t('shortcuts.ctrl') : key}</kbd>
                </span>
              ))}
            </td>
            <td>{t(shortcut.textKey)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
