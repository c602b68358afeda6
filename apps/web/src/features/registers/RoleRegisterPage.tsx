import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleRegisterEndpoint, updateElectionEndpoint, type RoleEntry } from '@anteckna/contract';
import { ApiError, callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { LoadFailedPage, LoadingPage } from '../../app/PageMessage.tsx';
import { useApiResource } from '../../app/useApiResource.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { useMe } from '../auth/SessionContext.tsx';
import { roleName, termText } from './roleWords.ts';
import { DecidedAtLink } from './DecidedAtLink.tsx';
import './registers.css';

/** The roles every body has: shown in "now" even when nobody holds them. */
const KEY_ROLES = ['ordförande', 'vice ordförande'];

/**
 * `#/bodies/<id>/roles`: who holds each role now (chair, vice chair, and any other role the
 * minutes elected to), and every election with its term and status, linked to its item. The
 * secretary corrects a term while the minutes are not locked.
 */
export function RoleRegisterPage({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const membership = me.memberships.find((m) => m.bodyId === bodyId);
  const isSecretary = membership?.role === 'secretary';
  const { load, reload, replace } = useApiResource(roleRegisterEndpoint, {
    params: { id: bodyId },
  });
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${t('registers.roles.heading')} ${membership?.bodyName ?? ''} – ${t('app.name')}`;
  }, [membership?.bodyName, t]);

  if (load.status === 'loading') return <LoadingPage />;
  if (load.status === 'error') {
    const notFound = load.error instanceof ApiError && load.error.status === 404;
    return (
      <LoadFailedPage
        heading={t('registers.roles.loadFailed')}
        reason={t(errorTextKey(load.error))}
        onRetry={notFound ? undefined : reload}
      />
    );
  }
  const roles = load.data.roles;
  const language = currentLanguage();
  const heldRoles = [
    ...KEY_ROLES,
    ...new Set(
      roles.map((r) => r.role).filter((role) => !KEY_ROLES.includes(role.trim().toLowerCase())),
    ),
  ];
  const save = async (entry: RoleEntry, termFrom: string, termTo: string) => {
    try {
      replace(
        await callApi(updateElectionEndpoint, {
          params: {
            id: bodyId,
            meetingId: entry.meetingId,
            itemId: entry.itemId,
            position: entry.position,
          },
          body: { termFrom: termFrom || null, termTo: termTo || null },
        }),
      );
      setEditing(null);
      setMessage(t('registers.roles.saved', { name: entry.name }));
    } catch (error) {
      setMessage(t(errorTextKey(error)));
    }
  };
  return (
    <main className="register-page" id="main" tabIndex={-1}>
      <p className="register-body">{membership?.bodyName}</p>
      <h1>{t('registers.roles.heading')}</h1>
      <p className="register-intro">{t('registers.roles.intro')}</p>
      <section aria-labelledby="roles-now" className="roles-now">
        <h2 id="roles-now">{t('registers.roles.now')}</h2>
        <dl className="roles-now-list">
          {heldRoles.map((role) => {
            const ofRole = roles.filter((r) => r.role.toLowerCase() === role.toLowerCase());
            const holders = ofRole.filter((r) => r.status === 'current');
            // The register lists the latest term first: the last coming one starts soonest.
            const next = ofRole.filter((r) => r.status === 'coming').at(-1);
            return (
              <div key={role} className="roles-now-entry">
                <dt>{roleName(t, role)}</dt>
                {holders.length === 0 ? (
                  <dd className="roles-vacant">{t('registers.roles.nobody')}</dd>
                ) : (
                  holders.map((holder) => (
                    <dd key={`${holder.meetingId}/${holder.itemId}/${holder.position}`}>
                      <span className="roles-holder">{holder.name}</span>{' '}
                      <span className="roles-term">{termText(t, holder, language)}</span>
                    </dd>
                  ))
                )}
                {next && (
                  <dd className="roles-next">
                    {t('registers.roles.next', {
                      name: next.name,
                      from: formatDate(next.termFrom, language),
                    })}
                  </dd>
                )}
              </div>
            );
          })}
        </dl>
      </section>
      <h2>{t('registers.roles.history')}</h2>
      <p role="status" className="register-count">
        {message}
      </p>
      {roles.length === 0 ? (
        <p className="register-empty">{t('registers.roles.none')}</p>
      ) : (
        <table className="register-table">
          <caption className="visually-hidden">{t('registers.roles.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registers.roles.role')}</th>
              <th scope="col">{t('registers.roles.person')}</th>
              <th scope="col">{t('registers.roles.term')}</th>
              <th scope="col">{t('registers.roles.status')}</th>
              <th scope="col">{t('registers.roles.decided')}</th>
            </tr>
          </thead>
          <tbody>
            {roles.map((entry) => {
              const key = `${entry.meetingId}/${entry.itemId}/${entry.position}`;
              return (
                <tr key={key}>
                  <td>{roleName(t, entry.role)}</td>
                  <td>{entry.name}</td>
                  <td>
                    {editing === key ? (
                      <TermForm
                        entry={entry}
                        onSave={(from, to) => void save(entry, from, to)}
                        onCancel={() => setEditing(null)}
                      />
                    ) : (
                      <>
                        {termText(t, entry, language)}
                        {isSecretary && entry.phase === 'circulated' && (
                          <button
                            type="button"
                            className="button button-small roles-edit"
                            onClick={() => setEditing(key)}
                          >
                            {t('registers.roles.editTerm')}
                            <span className="visually-hidden">: {entry.name}</span>
                          </button>
                        )}
                      </>
                    )}
                  </td>
                  <td>
                    <span className="role-status" data-status={entry.status}>
                      {t(`registers.roles.statusName.${entry.status}`)}
                    </span>
                  </td>
                  <td>
                    <DecidedAtLink entry={entry} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}

function TermForm({
  entry,
  onSave,
  onCancel,
}: {
  entry: RoleEntry;
  onSave(from: string, to: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [from, setFrom] = useState(entry.termFrom);
  const [to, setTo] = useState(entry.termTo ?? '');
  return (
    <form
      className="roles-term-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(from, to);
      }}
    >
      <label htmlFor={`${id}-from`}>{t('decisions.election.termFrom')}</label>
      <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      <label htmlFor={`${id}-to`}>{t('decisions.election.termTo')}</label>
      <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      <span className="roles-term-actions">
        <button type="submit" className="button button-small button-primary">
          {t('registers.roles.save')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('registers.roles.cancel')}
        </button>
      </span>
    </form>
  );
}
