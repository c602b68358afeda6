import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedPage, LoadingPage } from '../../app/PageMessage.tsx';
import { ApiError } from '../../app/api.ts';
import { routeHref } from '../../app/route.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { useMe } from '../auth/SessionContext.tsx';
import { useSessionExpiry } from '../auth/useSessionExpiry.ts';
import { bodyEndpoint, type BodyDetail } from '@anteckna/contract';
import { bodyErrorKey } from './bodyErrorText.ts';
import { BodyDetailsSection } from './BodyDetailsSection.tsx';
import { MemberOrganisationsSection } from './MemberOrganisationsSection.tsx';
import { MembersSection } from './MembersSection.tsx';
import { VacanciesSection } from './VacanciesSection.tsx';
import { AliasesSection } from './AliasesSection.tsx';
import { YearCalendarSection } from '../calendar/YearCalendarSection.tsx';
import './bodies.css';

/** `#/bodies/<id>`: the body's name, organisations and people; managed by its secretary. */
export function BodyPage({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { load, reload, replace } = useApiResource(bodyEndpoint, { params: { id: bodyId } });
  const [message, setMessage] = useState('');
  const canManage = me.memberships.some(
    (membership) => membership.bodyId === bodyId && membership.role === 'secretary',
  );
  const expired = useSessionExpiry(load);

  const title = load.status === 'ready' ? load.data.name : t('bodies.heading');
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  const onSaved = useCallback(
    (body: BodyDetail) => {
      replace(body);
      setMessage(t('bodies.saved'));
    },
    [replace, t],
  );
  useEffect(() => {
    if (!message) return undefined;
    const timer = setTimeout(() => setMessage(''), 5000);
    return () => clearTimeout(timer);
  }, [message]);

  if (load.status === 'loading' || expired) return <LoadingPage />;
  if (load.status === 'error') {
    const notFound = load.error instanceof ApiError && load.error.status === 404;
    return (
      <LoadFailedPage
        heading={t('bodies.loadFailed')}
        reason={t(bodyErrorKey(load.error))}
        onRetry={notFound ? undefined : reload}
      />
    );
  }
  const body = load.data;
  const sections = { body, canManage, onSaved, reload };
  return (
    <main className="body-page" id="main" tabIndex={-1}>
      <p className="body-page-back">
        <a href={routeHref({ name: 'meetings' })}>{t('meetings.backToList')}</a>
      </p>
      <h1>
        {body.name}
        {body.shortName && <span className="body-short"> ({body.shortName})</span>}
      </h1>
      <p className="body-page-links">
        <a href={routeHref({ name: 'publicBody', bodyId: body.id })}>{t('bodies.publicLink')}</a>
        {canManage && (
          <>
            {' · '}
            <a href={routeHref({ name: 'bodyImport', bodyId: body.id })}>
              {t('importMinutes.link')}
            </a>
          </>
        )}
      </p>
      {!canManage && <p className="body-read-only">{t('bodies.readOnlyNote')}</p>}
      <BodyDetailsSection {...sections} />
      <MemberOrganisationsSection {...sections} />
      <MembersSection {...sections} />
      <VacanciesSection {...sections} />
      <AliasesSection {...sections} />
      <YearCalendarSection bodyId={body.id} canManage={canManage} />
      <p className="body-announcer" role="status" aria-live="polite">
        {message}
      </p>
    </main>
  );
}
