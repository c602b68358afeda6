import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route.ts';
import { LanguageSwitch } from '../../i18n/LanguageSwitch.tsx';
import './public.css';

/** The frame of every public page: the name (back to the front door), the language, the page. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="public-page">
      <header className="public-header">
        <a className="public-brand" href={routeHref({ name: 'publicIndex', query: '' })}>
          {t('app.name')}
        </a>
        <span className="public-kind">{t('public.kind')}</span>
        <LanguageSwitch />
      </header>
      <main className="public-main" id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
