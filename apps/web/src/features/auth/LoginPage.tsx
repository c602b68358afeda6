import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { routeHref } from '../../app/route.ts';
import { TextField } from '../../app/TextField.tsx';
import { useSession } from './SessionContext.tsx';
import { SignedOutPage } from './SignedOutPage.tsx';
import { useSignedOutSubmit } from './useSignedOutSubmit.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errorId = useId();
  const { busy, errorKey, submit } = useSignedOutSubmit(async () => {
    await callApi(loginEndpoint, { body: { email, password } });
    await refresh();
  });

  // Both fields are read with the refusal, and marked invalid, while it stands.
  const refusal = errorKey ? { 'aria-describedby': errorId, 'aria-invalid': true } : {};

  return (
    <SignedOutPage heading={t('login.heading')}>
      <p className="login-lead">{t('login.lead')}</p>
      <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          type="email"
          name="email"
          label={t('login.email')}
          autoComplete="username"
          required
          value={email}
          onValue={setEmail}
          {...refusal}
        />
        <TextField
          type="password"
          name="password"
          label={t('login.password')}
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
          {...refusal}
        />
        <div id={errorId} role="alert" className="login-error">
          {errorKey ? t(errorKey) : null}
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <p className="login-public">
        <a href={routeHref({ name: 'publicIndex', query: '' })}>{t('login.publicLink')}</a>
      </p>
    </SignedOutPage>
  );
}
