import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { LanguageSwitch } from '../../i18n/LanguageSwitch.tsx';
import { publicBodyEndpoint } from '@anteckna/contract';
import { PublicMinutesEntry } from './PublicMinutesEntry.tsx';
import './public.css';

/**
 * `#/public/bodies/<id>`: a body's approved minutes for anyone, signed in or not. Only locked
 * minutes are public; what is marked internal the server leaves out and the page says so.
 */
export function PublicBodyPage({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { load, reload } = useApiResource(publicBodyEndpoint, { params: { id: bodyId } });
  const name = load.status === 'ready' ? load.data.body.name : null;
  useEffect(() => {
    document.title = `${name ?? t('public.heading')} – ${t('app.name')}`;
  }, [name, t]);

  return (
    <div className="public-page">
      <header className="public-header">
        <span className="public-brand">{t('app.name')}</span>
        <span className="public-kind">{t('public.kind')}</span>
        <LanguageSwitch />
      </header>
      <main className="public-main" id="main" tabIndex={-1}>
        {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
        {load.status === 'error' && (
          <>
            <h1>{t('public.loadFailed')}</h1>
            <p role="alert">{t(errorTextKey(load.error))}</p>
            {!(load.error instanceof ApiError && load.error.status === 404) && (
              <button type="button" className="button" onClick={reload}>
                {t('app.retry')}
              </button>
            )}
          </>
        )}
        {load.status === 'ready' && (
          <>
            <p className="public-organisation">{load.data.body.organisation}</p>
            <h1>
              {load.data.body.name}
              {load.data.body.shortName && (
                <span className="public-short"> ({load.data.body.shortName})</span>
              )}
            </h1>
            <p className="public-intro">{t('public.intro')}</p>
            {load.data.minutes.length === 0 ? (
              <p className="public-empty">{t('public.none')}</p>
            ) : (
              load.data.minutes.map((minutes) => (
                <PublicMinutesEntry key={minutes.id} minutes={minutes} />
              ))
            )}
          </>
        )}
      </main>
    </div>
  );
}
