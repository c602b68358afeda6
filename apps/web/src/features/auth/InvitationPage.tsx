import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptInvitationEndpoint, invitationEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { routeHref } from '../../app/route.ts';
import { TextFields, type TextFieldSpec } from '../../app/TextFields.tsx';
import { useApiResource } from '../../app/useApiResource.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { SignedOutPage } from './SignedOutPage.tsx';
import { useSignedOutSubmit } from './useSignedOutSubmit.ts';

/** What an invited person gives: a name, optionally title and organisation, and a password. */
const INVITATION_FIELDS: ReadonlyArray<
  TextFieldSpec<'name' | 'title' | 'organisation' | 'password'>
> = [
  { key: 'name', label: 'invitation.name', autoComplete: 'name', required: true, minLength: 2 },
  { key: 'title', label: 'invitation.title', autoComplete: 'organization-title' },
  { key: 'organisation', label: 'invitation.organisation', autoComplete: 'organization' },
  {
    key: 'password',
    type: 'password',
    label: 'invitation.password',
    autoComplete: 'new-password',
    required: true,
    minLength: 10,
  },
];

/**
 * `/invite/<token>`: a presenter invited for one item lands here, sees what it is for, and
 * makes an account (or signs in with the invited address) in one step.
 */
export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { load } = useApiResource(invitationEndpoint, { params: { token } });
  const [values, setValues] = useState({ name: '', title: '', organisation: '', password: '' });
  const { name, title, organisation, password } = values;
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
            <TextFields
              fields={INVITATION_FIELDS.map((field) => ({ ...field, label: t(field.label) }))}
              values={values}
              onValues={setValues}
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
