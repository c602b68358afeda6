import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptInvitationEndpoint, invitationEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { routeHref } from '../../app/route.ts';
import { TextField } from '../../app/TextField.tsx';
import { useApiResource } from '../../app/useApiResource.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { SignedOutPage } from './SignedOutPage.tsx';
import { useSignedOutSubmit } from './useSignedOutSubmit.ts';

/**
 * `/invite/<token>`: a presenter invited for one item lands here, sees what it is for, and
 * makes an account (or signs in with the invited address) in one step.
 */
export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { load } = useApiResource(invitationEndpoint, { params: { token } });
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [password, setPassword] = useState('');
  const { busy, errorKey, submit } = useSignedOutSubmit(async () => {
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
  });

  return (
    <SignedOutPage heading={t('invitation.heading')}>
      {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {load.status === 'error' && <p role="alert">{t(errorTextKey(load.error))}</p>}
      {load.status === 'ready' && (
        <>
          <p className="login-lead">
            {t('invitation.lead', {
              number: load.data.itemNumber,
              item: load.data.itemTitle,
              body: load.data.bodyName,
              date: formatDate(load.data.meetingDate, language),
            })}
          </p>
          <form className="login-form" onSubmit={(event) => void submit(event)}>
            <p>
              {t('invitation.email')}: <strong>{load.data.email}</strong>
            </p>
            <TextField
              label={t('invitation.name')}
              autoComplete="name"
              required
              minLength={2}
              value={name}
              onValue={setName}
            />
            <TextField
              label={t('invitation.title')}
              autoComplete="organization-title"
              value={title}
              onValue={setTitle}
            />
            <TextField
              label={t('invitation.organisation')}
              autoComplete="organization"
              value={organisation}
              onValue={setOrganisation}
            />
            <TextField
              type="password"
              label={t('invitation.password')}
              autoComplete="new-password"
              required
              minLength={10}
              value={password}
              onValue={setPassword}
            />
            <div role="alert" className="login-error">
              {errorKey ? t(errorKey) : null}
            </div>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('invitation.submit')}
            </button>
          </form>
        </>
      )}
    </SignedOutPage>
  );
}
