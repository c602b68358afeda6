import { useTranslation } from 'react-i18next';
import { routeHref } from './route.ts';

/** The whole page while what it shows is on its way. */
export function LoadingPage() {
  const { t } = useTranslation();
  return (
    <main className="page-message" id="main" tabIndex={-1}>
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}

/**
 * The whole page when what it shows could not be loaded: what failed, why, a retry unless the
 * thing does not exist, and the way back to the list.
 */
export function LoadFailedPage({
  heading,
  reason,
  onRetry,
}: {
  heading: string;
  reason: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <main className="page-message" id="main" tabIndex={-1}>
      <h1>{heading}</h1>
      <p role="alert">{reason}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
      <p>
        <a href={routeHref({ name: 'meetings' })}>{t('meetings.backToList')}</a>
      </p>
    </main>
  );
}
