import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointPath, exportEndpoint } from '@anteckna/contract';

const FORMATS = ['pdf', 'docx', 'html', 'md'] as const;

/**
 * The locked minutes in every format the server renders: the PDF/A is the one sealed at the lock
 * and served byte for byte; the others are rendered from the same final version.
 */
export function SealDownloads({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="seal-downloads" aria-labelledby={headingId}>
      <h2 id={headingId} className="seal-heading">
        {t('seal.downloads')}
      </h2>
      <ul>
        {FORMATS.map((format) => (
          <li key={format}>
            <a
              className="seal-download"
              href={endpointPath(exportEndpoint, { params: { id: meetingId, format } })}
            >
              {t(`seal.format.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
