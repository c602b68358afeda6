import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createInvitationEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { useMeetingSession } from '../meetings/meetingView.ts';

/**
 * A one-time link for someone outside the body to present this item: the server makes them a
 * presenter (with the right to write it) when they follow it.
 */
export function InviteForm({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const view = useMeetingSession();
  const [email, setEmail] = useState('');
  const [link, setLink] = useState<{ url: string; email: string } | null>(null);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrorKey(null);
    setCopied(false);
    try {
      const created = await callApi(createInvitationEndpoint, {
        params: { id: view.meetingId },
        body: { email: email.trim(), itemId },
      });
      setLink({ url: new URL(created.path, window.location.origin).href, email: email.trim() });
      setEmail('');
    } catch (error) {
      setErrorKey(errorTextKey(error));
    }
  };

  return (
    <div className="invite-form">
      <form className="presenter-typed" onSubmit={submit} aria-label={t('invitation.create')}>
        <label>
          <span>{t('invitation.create')}</span>
          <input
            type="email"
            placeholder={t('invitation.createEmail')}
            aria-label={t('invitation.createEmail')}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <button type="submit" className="button button-small" disabled={!email.trim()}>
          {t('invitation.createSubmit')}
        </button>
      </form>
      {link && (
        <p className="invite-link">
          {t('invitation.linkReady', { email: link.email })}{' '}
          <input type="text" readOnly value={link.url} aria-label={t('invitation.linkLabel')} />{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => void navigator.clipboard.writeText(link.url).then(() => setCopied(true))}
          >
            {copied ? t('invitation.copied') : t('invitation.copy')}
          </button>
        </p>
      )}
      <p role="alert" className="form-error">
        {errorKey ? t(errorKey) : null}
      </p>
    </div>
  );
}
