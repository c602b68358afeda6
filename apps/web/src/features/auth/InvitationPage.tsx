import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptInvitationEndpoint, invitationEndpoint, type Invitation } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { routeHref } from '../../app/route.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { LanguageSwitch } from '../../i18n/LanguageSwitch.tsx';
import './login.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; invitation: Invitation };

/**
 * `/invite/<token>`: a presenter invited for one item lands here, sees what it is for, and
 * makes an account (or signs in with the invited address) in one step.
 */
export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [password, setPassword] = useState('');
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    callApi(invitationEndpoint, { params: { token } }).then(
      (invitation) => setLoad({ status: 'ready', invitation }),
      (error: unknown) => setLoad({ status: 'error', error }),
    );
  }, [token]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrorKey(null);
    try {
      const { meetingId } = await callApi(acceptInvitationEndpoint, {
        params: { token },
        body: {
          name: name.trim(),
          password,
          ...(title.trim() ? { title: title.trim() } : {}),
          ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
        },
      });
      // A full load: the app starts again with the new session, at the meeting.
      window.location.replace(`/${routeHref({ name: 'meeting', meetingId, itemId: null })}`);
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
        <h1>{t('invitation.heading')}</h1>
        {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
        {load.status === 'error' && <p role="alert">{t(errorTextKey(load.error))}</p>}
        {load.status === 'ready' && (
          <>
            <p className="login-lead">
              {t('invitation.lead', {
                number: load.invitation.itemNumber,
                item: load.invitation.itemTitle,
                body: load.invitation.bodyName,
                date: formatDate(load.invitation.meetingDate, language),
              })}
            </p>
            <form className="login-form" onSubmit={submit}>
              <p>
                {t('invitation.email')}: <strong>{load.invitation.email}</strong>
              </p>
              <label>
                <span>{t('invitation.name')}</span>
                <input
                  type="text"
                  autoComplete="name"
                  required
                  minLength={2}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                />
              </label>
              <label>
                <span>{t('invitation.title')}</span>
                <input
                  type="text"
                  autoComplete="organization-title"
                  value={title}
                  onChange={(e) => setTitle(e.target.value)}
                />
              </label>
              <label>
                <span>{t('invitation.organisation')}</span>
                <input
                  type="text"
                  autoComplete="organization"
                  value={organisation}
                  onChange={(e) => setOrganisation(e.target.value)}
                />
              </label>
              <label>
                <span>{t('invitation.password')}</span>
                <input
                  type="password"
                  autoComplete="new-password"
                  required
                  minLength={10}
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              </label>
              <div role="alert" className="login-error">
                {errorKey ? t(errorKey) : null}
              </div>
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('invitation.submit')}
              </button>
            </form>
          </>
        )}
      </main>
    </div>
  );
}
