import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountPage } from '../features/account/AccountPage.tsx';
import { InvitationPage } from '../features/auth/InvitationPage.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { useSession } from '../features/auth/SessionContext.tsx';
import { BodyPage } from '../features/bodies/BodyPage.tsx';
import { ImportPage } from '../features/import/ImportPage.tsx';
import { MeetingsPage } from '../features/meetings/MeetingsPage.tsx';
import { PublicBodyPage } from '../features/public/PublicBodyPage.tsx';
import { PublicIndexPage } from '../features/public/PublicIndexPage.tsx';
import { DecisionRegisterPage } from '../features/registers/DecisionRegisterPage.tsx';
import { TaskRegisterPage } from '../features/registers/TaskRegisterPage.tsx';
import { RoleRegisterPage } from '../features/registers/RoleRegisterPage.tsx';
import { SearchPage } from '../features/search/SearchPage.tsx';
import { errorTextKey } from './errorText.ts';
import { navigate, useRoute } from './useRoute.ts';
import { AppHeader } from './AppHeader.tsx';

// The editor (TipTap, Yjs) is most of the code: the login and the list load without it.
const MeetingPage = lazy(() =>
  import('../features/meetings/MeetingPage.tsx').then((module) => ({
    default: module.MeetingPage,
  })),
);
const HistoryPage = lazy(() =>
  import('../features/history/HistoryPage.tsx').then((module) => ({
    default: module.HistoryPage,
  })),
);
const ProjectorPage = lazy(() =>
  import('../features/projector/ProjectorPage.tsx').then((module) => ({
    default: module.ProjectorPage,
  })),
);

export function App() {
  const { t } = useTranslation();
  const { session, refresh } = useSession();
  const route = useRoute();

  // After signing in the login address has done its job; a deep link stays where it was.
  useEffect(() => {
    if (session.status === 'signedIn' && route.name === 'login') {
      navigate({ name: 'meetings' }, { replace: true });
    }
  }, [session.status, route.name]);

  // Invitation links are plain paths (/invite/<token>) the server hands out; they work signed in or not.
  const invitation = /^\/invite\/([^/]+)$/.exec(window.location.pathname);
  if (invitation?.[1]) return <InvitationPage token={decodeURIComponent(invitation[1])} />;
  // Approved minutes are public records: their page needs no account and no session check.
  if (route.name === 'publicBody')
    return <PublicBodyPage key={route.bodyId} bodyId={route.bodyId} />;
  if (route.name === 'publicIndex') return <PublicIndexPage query={route.query} />;

  if (session.status === 'loading') {
    return (
      <p className="page-message" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (session.status === 'anonymous') return <LoginPage />;
  if (session.status === 'error') {
    return (
      <main className="page-message" id="main">
        <h1>{t('app.startFailed')}</h1>
        <p role="alert">{t(errorTextKey(session.error))}</p>
        <button type="button" className="button" onClick={() => void refresh()}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  // The projector is the item alone, in large type: no header, no navigation.
  if (route.name === 'projector') {
    return (
      <Suspense
        fallback={
          <p className="page-message" role="status">
            {t('app.loading')}
          </p>
        }
      >
        <ProjectorPage key={route.meetingId} meetingId={route.meetingId} />
      </Suspense>
    );
  }
  return (
    <>
      <AppHeader />
      {route.name === 'body' ? (
        <BodyPage key={route.bodyId} bodyId={route.bodyId} />
      ) : route.name === 'decisions' ? (
        <DecisionRegisterPage key={route.bodyId} bodyId={route.bodyId} />
      ) : route.name === 'tasks' ? (
        <TaskRegisterPage key={route.bodyId} bodyId={route.bodyId} />
      ) : route.name === 'roles' ? (
        <RoleRegisterPage key={route.bodyId} bodyId={route.bodyId} />
      ) : route.name === 'account' ? (
        <AccountPage />
      ) : route.name === 'search' ? (
        <SearchPage query={route.query} />
      ) : route.name === 'bodyImport' ? (
        <ImportPage key={route.bodyId} bodyId={route.bodyId} />
      ) : route.name === 'meeting' ? (
        <Suspense
          fallback={
            <p className="page-message" role="status">
              {t('app.loading')}
            </p>
          }
        >
          <MeetingPage key={route.meetingId} meetingId={route.meetingId} itemId={route.itemId} />
        </Suspense>
      ) : route.name === 'versions' || route.name === 'compare' ? (
        <Suspense
          fallback={
            <p className="page-message" role="status">
              {t('app.loading')}
            </p>
          }
        >
          <HistoryPage key={route.meetingId} route={route} />
        </Suspense>
      ) : route.name === 'notFound' ? (
        <main className="page-message" id="main" tabIndex={-1}>
          <h1>{t('app.notFound')}</h1>
          <a href="#/">{t('meetings.backToList')}</a>
        </main>
      ) : (
        <MeetingsPage />
      )}
    </>
  );
}
