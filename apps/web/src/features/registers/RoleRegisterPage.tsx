import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleRegisterEndpoint, updateElectionEndpoint, type RoleEntry } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { clauseKey, clauseParams, isClauseGone } from './clauseAddress.ts';
import { DecidedAtLink } from './DecidedAtLink.tsx';
import { ElectionTermForm } from './ElectionTermForm.tsx';
import { RegisterPage } from './RegisterPage.tsx';
import { RegisterTable, type RegisterColumn } from './RegisterTable.tsx';
import { RolesNowSection } from './RolesNowSection.tsx';
import { roleName, termText } from './roleWords.ts';
import { useBodyRegister } from './useBodyRegister.ts';

/**
 * `#/bodies/<id>/roles`: who holds each role now (chair, vice chair, and any other role the
 * minutes elected to), and every election with its term and status, linked to its item. The
 * secretary corrects a term while the minutes are not locked.
 */
export function RoleRegisterPage({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { bodyName, isSecretary, load, reload, replace } = useBodyRegister(
    'roles',
    bodyId,
    roleRegisterEndpoint,
    { params: { id: bodyId } },
  );
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const save = async (entry: RoleEntry, termFrom: string, termTo: string) => {
    try {
      replace(
        await callApi(updateElectionEndpoint, {
          params: clauseParams(bodyId, entry),
          body: { termFrom: termFrom || null, termTo: termTo || null, text: entry.text },
        }),
      );
      setEditing(null);
      setMessage(t('registers.roles.saved', { name: entry.name }));
    } catch (error) {
      setMessage(t(errorTextKey(error)));
      if (isClauseGone(error)) {
        setEditing(null);
        reload();
      }
    }
  };
  const language = currentLanguage();
  const columns: Array<RegisterColumn<RoleEntry>> = [
    { header: t('registers.roles.role'), cell: (entry) => roleName(t, entry.role) },
    { header: t('registers.roles.person'), cell: (entry) => entry.name },
    {
      header: t('registers.roles.term'),
      cell: (entry, key) =>
        editing === key ? (
          <ElectionTermForm
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
        ),
    },
    {
      header: t('registers.roles.status'),
      cell: (entry) => (
        <span className="register-status" data-status={entry.status}>
          {t(`registers.roles.statusName.${entry.status}`)}
        </span>
      ),
    },
    { header: t('registers.roles.decided'), cell: (entry) => <DecidedAtLink entry={entry} /> },
  ];

  return (
    <RegisterPage register="roles" bodyName={bodyName} load={load} reload={reload}>
      {(data) => (
        <>
          <RolesNowSection roles={data.roles} />
          <h2>{t('registers.roles.history')}</h2>
          <RegisterTable
            caption={t('registers.roles.history')}
            columns={columns}
            rows={data.roles}
            rowKey={clauseKey}
            status={message}
            emptyText={t('registers.roles.none')}
          />
        </>
      )}
    </RegisterPage>
  );
}
