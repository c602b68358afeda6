import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../i18n/LanguageSwitch.tsx';
import './login.css';

/**
 * The page of someone not signed in (signing in, accepting an invitation): the app's name, the
 * language switch, and one heading above what the page asks for.
 */
export function SignedOutPage({ heading, children }: { heading: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="login-page">
      <header className="login-top">
        <span className="login-brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="login-main" id="main">
        <h1>{heading}</h1>
        {children}
      </main>
    </div>
  );
}
