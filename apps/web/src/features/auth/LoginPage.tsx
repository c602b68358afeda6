import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { routeHref } from '../../app/route.ts';
import { TextFields, type TextFieldSpec } from '../../app/TextFields.tsx';
import { useSession } from './SessionContext.tsx';
import { SignedOutPage } from './SignedOutPage.tsx';
import { useSignedOutSubmit } from './useSignedOutSubmit.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [values, setValues] = useState({ email: '', password: '' });
  const { email, password } = values;
  const errorId = useId();
  const { busy, errorKey, submit } = useSignedOutSubmit(async () => {
    await callApi(loginEndpoint, { body: { email, password } });
    await refresh();
  });

  // Both fields are read with the refusal, and marked invalid, while it stands.
  const refusal = errorKey ? { 'aria-describedby': errorId, 'aria-invalid': true as const } : {};

  return (
    <SignedOutPage heading={t('login.heading')}>
      <p className="login-lead">{t('login.lead')}</p>
      <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextFields
          fields={[
            { key: 'email', type: 'email', label: t('login.email'), autoComplete: 'username' },
            {
              key: 'password',
              type: 'password',
              label: t('login.password'),
              autoComplete: 'current-password',
            },
          ].map((field) => ({ ...field, required: true }) as TextFieldSpec<'email' | 'password'>)}
          values={values}
          onValues={setValues}
          shared={refusal}
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
