import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentedApiPaths } from '../../app/apiPaths.ts';
import { useMeetingView } from './meetingView.ts';

const FORMATS = ['pdf', 'docx', 'html', 'md'] as const;
const EXPORT_PATH = '/api/meetings/{id}/export.{format}';

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
      if (live) setAvailable(paths.has(EXPORT_PATH));
    });
    return () => {
      live = false;
    };
  }, []);

  if (!available) return null;
  const base = `/api/meetings/${encodeURIComponent(view.meetingId)}/export`;
  const beforeMeeting = view.phase === 'planned' || view.phase === 'preparation';
  return (
    <section className="side-panel-section export-links" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('export.heading')}</h2>
      <p className="export-kind">{t('export.minutes')}</p>
      <ul aria-label={t('export.minutes')}>
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={`${base}.${format}`}>{t(`export.${format}`)}</a>
          </li>
        ))}
      </ul>
      {beforeMeeting && (
        <>
          <p className="export-kind">{t('export.pack')}</p>
          <ul aria-label={t('export.pack')}>
            {FORMATS.map((format) => (
              <li key={format}>
                <a href={`${base}.${format}?kind=pack`}>{t(`export.${format}`)}</a>
              </li>
            ))}
          </ul>
          <p className="export-kind">
            {/* The invitation members add to their calendars: date, time, place, Teams or room. */}
            <a href={`${base}.ics`}>{t('export.calendar')}</a>
          </p>
        </>
      )}
    </section>
  );
}
