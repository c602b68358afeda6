import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordChangeEndpoint } from '@anteckna/contract';
import { ApiError, callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { TextFields, type TextFieldSpec } from '../../app/TextFields.tsx';

/** The server's shortest password (PasswordChangeRequestSchema); said before sending. */
const MIN_PASSWORD_LENGTH = 10;

const EMPTY = { current: '', next: '', repeated: '' };

/** The form's three password fields, in order: what each is called and how browsers fill it. */
const PASSWORD_FIELDS: Array<TextFieldSpec<keyof typeof EMPTY>> = [
  { key: 'current', label: 'account.currentPassword', autoComplete: 'current-password' },
  {
    key: 'next',
    label: 'account.newPassword',
    autoComplete: 'new-password',
    hint: 'account.newPasswordHint',
  },
  { key: 'repeated', label: 'account.repeatPassword', autoComplete: 'new-password' },
];

type Outcome = { kind: 'changed' } | { kind: 'error'; key: string } | null;

/**
 * A new password: the current one, the new one twice. Once changed, every other session of the
 * person has ended (the server closes their sockets too); this one goes on.
 */
export function PasswordChangeForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState(EMPTY);
  const { current, next, repeated } = values;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (next.length < MIN_PASSWORD_LENGTH)
      return setOutcome({ kind: 'error', key: 'account.passwordTooShort' });
    if (next !== repeated) return setOutcome({ kind: 'error', key: 'account.passwordsDiffer' });
    setBusy(true);
    setOutcome(null);
    try {
      await callApi(passwordChangeEndpoint, {
        body: { currentPassword: current, newPassword: next },
      });
      setValues(EMPTY);
      setOutcome({ kind: 'changed' });
    } catch (error) {
      // The login's "wrong e-mail or password" would name an address nobody typed here.
      const wrongCurrent = error instanceof ApiError && error.id === 'invalid_credentials';
      setOutcome({
        kind: 'error',
        key: wrongCurrent ? 'account.wrongCurrentPassword' : errorTextKey(error),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="account-password" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.passwordHeading')}</h2>
      <form className="account-form" onSubmit={submit} noValidate>
        <TextFields
          fields={PASSWORD_FIELDS.map((field) => ({
            ...field,
            type: 'password' as const,
            required: true,
            label: t(field.label),
            hint: field.hint ? t(field.hint, { count: MIN_PASSWORD_LENGTH }) : undefined,
          }))}
          values={values}
          onValues={setValues}
        />
        <div role="alert" className="account-error">
          {outcome?.kind === 'error' ? t(outcome.key) : null}
        </div>
        <div role="status" className="account-done">
          {outcome?.kind === 'changed' ? t('account.passwordChanged') : null}
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}
