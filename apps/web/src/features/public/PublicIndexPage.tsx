import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { publicBodiesEndpoint } from '@anteckna/contract';
import { errorTextKey } from '../../app/errorText.ts';
import { routeHref } from '../../app/route.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { navigate } from '../../app/useRoute.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { calendarHref } from '../calendar/YearCalendarSection.tsx';
import { PublicSearch } from './PublicSearch.tsx';
import { PublicShell } from './PublicShell.tsx';

/**
 * `#/public` and `#/public/search/<words>`: the public front door, linked from the login page.
 * Every body with approved minutes, each leading to its page (its minutes, its search), and one
 * search over all approved minutes, for anyone who does not know a body's address.
 */
export function PublicIndexPage({ query }: { query: string }) {
  const { t } = useTranslation();
  const { load, reload } = useApiResource(publicBodiesEndpoint, {});
  useEffect(() => {
    document.title = `${t('public.frontDoor.heading')} – ${t('app.name')}`;
  }, [t]);
  const language = currentLanguage();
  return (
    <PublicShell>
      <h1>{t('public.frontDoor.heading')}</h1>
      <p className="public-intro">{t('public.frontDoor.intro')}</p>
      <PublicSearch
        query={query}
        label={t('public.frontDoor.searchLabel')}
        onSearch={(words) => navigate({ name: 'publicIndex', query: words })}
      />
      {!query && (
        <section aria-labelledby="public-bodies-heading">
          <h2 id="public-bodies-heading">{t('public.frontDoor.bodies')}</h2>
          {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
          {load.status === 'error' && (
            <div role="alert">
              <p>{t(errorTextKey(load.error))}</p>
              <button type="button" className="button" onClick={reload}>
                {t('app.retry')}
              </button>
            </div>
          )}
          {load.status === 'ready' && load.data.bodies.length === 0 && (
            <p className="public-empty">{t('public.frontDoor.noBodies')}</p>
          )}
          {load.status === 'ready' && load.data.bodies.length > 0 && (
            <ul className="public-bodies">
              {load.data.bodies.map((body) => (
                <li key={body.id}>
                  <a href={routeHref({ name: 'publicBody', bodyId: body.id })}>
                    {body.name}
                    {body.shortName && ` (${body.shortName})`}
                  </a>
                  <a className="public-body-calendar" href={calendarHref(body.id)}>
                    {t('public.frontDoor.calendarOf', { name: body.shortName || body.name })}
                  </a>
                  <span className="public-body-facts">
                    {body.organisation} ·{' '}
                    {t(
                      body.minutesCount === 1
                        ? 'public.frontDoor.minutesCountOne'
                        : 'public.frontDoor.minutesCountMany',
                      {
                        count: body.minutesCount,
                        date: formatDate(body.latestMinutesDate, language),
                      },
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </PublicShell>
  );
}
