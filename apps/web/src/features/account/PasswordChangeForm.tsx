import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordChangeEndpoint } from '@anteckna/contract';
import { ApiError, callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { TextField } from '../../app/TextField.tsx';

/** The server's shortest password (PasswordChangeRequestSchema); said before sending. */
const MIN_PASSWORD_LENGTH = 10;

type Outcome = { kind: 'changed' } | { kind: 'error'; key: string } | null;

/**
 * A new password: the current one, the new one twice. Once changed, every other session of the
 * person has ended (the server closes their sockets too); this one goes on.
 */
export function PasswordChangeForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
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
      setCurrent('');
      setNext('');
      setRepeated('');
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
        <TextField
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onValue={setCurrent}
        />
        <TextField
          label={t('account.newPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onValue={setNext}
          hint={t('account.newPasswordHint', { count: MIN_PASSWORD_LENGTH })}
        />
        <TextField
          label={t('account.repeatPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={repeated}
          onValue={setRepeated}
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
