import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loginEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { LanguageSwitch } from '../../i18n/LanguageSwitch.tsx';
import { useSession } from './SessionContext.tsx';
import './login.css';

export function LoginPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrorKey(null);
    try {
      await callApi(loginEndpoint, { body: { email, password } });
      await refresh();
    } catch (error) {
      setErrorKey(errorTextKey(error));
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <header className="login-top">
        <span className="login-brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="login-main" id="main">
        <h1>{t('login.heading')}</h1>
        <p className="login-lead">{t('login.lead')}</p>
        <form className="login-form" onSubmit={submit} noValidate>
          <label>
            <span>{t('login.email')}</span>
            <input
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              aria-describedby={errorKey ? errorId : undefined}
              aria-invalid={errorKey ? true : undefined}
              onChange={(event) => setEmail(event.target.value)}
            />
          </label>
          <label>
            <span>{t('login.password')}</span>
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              aria-describedby={errorKey ? errorId : undefined}
              aria-invalid={errorKey ? true : undefined}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
          <div id={errorId} role="alert" className="login-error">
            {errorKey ? t(errorKey) : null}
          </div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
