import { useTranslation } from 'react-i18next';
import type { Finding } from '@anteckna/contract';

/** The findings of the import and of the check, errors first, each quoting the text and its line. */
export function ImportFindings({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  if (sorted.length === 0) return <p>{t('importMinutes.findings.none')}</p>;
  return (
    <ul className="import-findings">
      {sorted.map((finding, index) => (
        <li key={index} className={`import-finding import-finding-${finding.severity}`}>
          <span className="import-finding-severity">
            {t(`importMinutes.severity.${finding.severity}`)}
          </span>{' '}
          {finding.message}
          {finding.text && <q className="import-finding-text">{finding.text}</q>}
          {finding.line !== undefined && (
            <span className="import-finding-line">
              {' '}
              {t('importMinutes.findings.line', { line: finding.line })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
