import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointPath, exportEndpoint, type ExportFormat } from '@anteckna/contract';
import { documentedApiPaths } from '../../app/apiPaths.ts';
import { useMeetingView } from './meetingView.ts';

const FORMATS = ['pdf', 'docx', 'html', 'md'] as const;

/**
 * The minutes as the server renders them (GET /api/meetings/:id/export.<format>), offered once
 * the server documents the endpoint; before the meeting also the meeting pack (handlingar).
 */
export function ExportLinks() {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const [available, setAvailable] = useState(false);

  useEffect(() => {
    let live = true;
    void documentedApiPaths().then((paths) => {
      if (live) setAvailable(paths.has(exportEndpoint.path));
    });
    return () => {
      live = false;
    };
  }, []);

  if (!available) return null;
  const href = (format: ExportFormat, kind?: 'pack') =>
    endpointPath(exportEndpoint, { params: { id: view.meetingId, format }, query: { kind } });
  const beforeMeeting = view.phase === 'planned' || view.phase === 'preparation';
  return (
    <section className="side-panel-section export-links" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('export.heading')}</h2>
      <p className="export-kind">{t('export.minutes')}</p>
      <ul aria-label={t('export.minutes')}>
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={href(format)}>{t(`export.${format}`)}</a>
          </li>
        ))}
      </ul>
      {beforeMeeting && (
        <>
          <p className="export-kind">{t('export.pack')}</p>
          <ul aria-label={t('export.pack')}>
            {FORMATS.map((format) => (
              <li key={format}>
                <a href={href(format, 'pack')}>{t(`export.${format}`)}</a>
              </li>
            ))}
          </ul>
          <p className="export-kind">
            {/* The invitation members add to their calendars: date, time, place, Teams or room. */}
            <a href={href('ics')}>{t('export.calendar')}</a>
          </p>
        </>
      )}
    </section>
  );
}
