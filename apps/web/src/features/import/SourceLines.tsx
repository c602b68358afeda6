import { useTranslation } from 'react-i18next';
import type { ImportLine } from '@anteckna/contract';

/** The source text line by line, each marked with what the import made of it. */
export function SourceLines({ lines }: { lines: ImportLine[] }) {
  const { t } = useTranslation();
  const shown = lines.filter(
    (line, index) => line.role !== 'blank' || lines[index - 1]?.role !== 'blank',
  );
  return (
    // Scrolls on its own, so it takes the keyboard focus that scrolls it.
    <div
      className="import-source"
      tabIndex={0}
      role="region"
      aria-label={t('importMinutes.source.lines')}
    >
      <ol className="import-source-lines">
        {shown.map((line) => (
          <li key={line.n} className={`import-line import-line-${line.role}`}>
            <span className="import-line-number" aria-hidden="true">
              {line.n}
            </span>
            <span className="import-line-role">
              {line.role === 'blank' ? '' : t(`importMinutes.roles.${line.role}`)}
            </span>
            <span className="import-line-text">{line.text.replace(/\t+/gu, ' · ')}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
