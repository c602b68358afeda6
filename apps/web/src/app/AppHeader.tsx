import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { useMe, useSession } from '../features/auth/SessionContext.tsx';
import { SearchForm } from '../features/search/SearchForm.tsx';
import { routeHref } from './route.ts';
import { navigate } from './useRoute.ts';
import './appHeader.css';

/** The thin bar above every signed-in screen: home, who is signed in, language, log out. */
export function AppHeader() {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <a className="app-brand" href={routeHref({ name: 'meetings' })}>
        {t('app.name')}
      </a>
      <nav aria-label={t('app.mainNav')} className="app-nav">
        <a href={routeHref({ name: 'meetings' })}>{t('meetings.navLink')}</a>
      </nav>
      <div className="app-header-end">
        <SearchForm
          compact
          initial=""
          label={t('search.headerLabel')}
          onSearch={(query) => navigate({ name: 'search', query })}
        />
        {/* Who is signed in, and the way to their account (a new password). */}
        {/* One label rather than hidden words around the name: screen readers joined those with a
            stray space ("Anna Svensson , Konto"). The label still starts with what is seen. */}
        <a
          className="app-user"
          href={routeHref({ name: 'account' })}
          aria-label={t('app.accountLink', { name: me.user.name })}
        >
          {me.user.name}
        </a>
        <LanguageSwitch />
        <button type="button" className="button button-small" onClick={() => void logout()}>
          {t('app.logout')}
        </button>
      </div>
    </header>
  );
}

/** The hash is the router's: move focus to <main> instead of following the link. */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
}
