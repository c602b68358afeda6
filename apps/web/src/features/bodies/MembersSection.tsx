import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';
import { removeMemberEndpoint, updateMemberEndpoint, type BodyMember } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { sortMembers } from './sortMembers.ts';
import type { BodySectionProps } from './bodySectionProps.ts';
import { MemberSeatFields, type MemberSeat } from './MemberSeatFields.tsx';
import { useBodyWrite } from './useBodyWrite.ts';
import { BodyWriteError } from './BodyWriteError.tsx';

/** The body's people: name, title, organisation, role, ersättare and tf. */
export function MembersSection({ body, canManage, onSaved }: BodySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<BodyMember | null>(null);
  const remove = useBodyWrite(onSaved);
  const members = sortMembers(body);

  const confirmRemove = async () => {
    if (!removing) return;
    const userId = removing.userId;
    setRemoving(null);
    await remove.run(() => callApi(removeMemberEndpoint, { params: { id: body.id, userId } }));
  };

  return (
    <section className="body-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('bodies.members.heading')}{' '}
        <span className="body-count">{t('bodies.members.count', { count: members.length })}</span>
      </h2>
      <table className="body-members">
        <thead>
          <tr>
            <th scope="col">{t('bodies.members.name')}</th>
            <th scope="col">{t('bodies.members.title')}</th>
            <th scope="col">{t('bodies.members.organisation')}</th>
            <th scope="col">{t('bodies.members.role')}</th>
            {canManage && (
              <th scope="col">
                <span className="visually-hidden">{t('bodies.members.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((member) =>
            editing === member.userId ? (
              <EditMemberRow
                key={member.userId}
                member={member}
                organisations={body.memberOrganisations}
                bodyId={body.id}
                onSaved={(saved) => {
                  onSaved(saved);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <MemberRow
                key={member.userId}
                member={member}
                canManage={canManage}
                onEdit={() => setEditing(member.userId)}
                onRemove={() => setRemoving(member)}
              />
            ),
          )}
        </tbody>
      </table>
      <BodyWriteError write={remove} />
      {canManage && <AddMemberForm body={body} onSaved={onSaved} />}
      <Dialog
        open={removing !== null}
        title={removing ? t('bodies.members.confirmRemoveTitle', { name: removing.name }) : ''}
        onClose={() => setRemoving(null)}
      >
        <p>{t('bodies.members.confirmRemoveText')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setRemoving(null)} data-autofocus>
            {t('app.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => void confirmRemove()}
          >
            {t('bodies.remove')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}

function MemberRow({
  member,
  canManage,
  onEdit,
  onRemove,
}: {
  member: BodyMember;
  canManage: boolean;
  onEdit(): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  return (
    <tr data-user-id={member.userId}>
      <th scope="row" className="body-member-name">
        <span>{member.name}</span>
        {member.acting && (
          <abbr className="body-tag" title={t('bodies.members.acting')}>
            {t('bodies.members.actingShort')}
          </abbr>
        )}
        {member.deputy && <span className="body-tag">{t('bodies.members.deputy')}</span>}
        <span className="body-member-email">{member.email}</span>
      </th>
      <td>{member.title}</td>
      <td>{member.organisation || <span className="body-none">–</span>}</td>
      <td>{t(`role.${member.role}`)}</td>
      {canManage && (
        <td className="body-row-actions">
          <button
            type="button"
            className="button button-small"
            aria-label={t('bodies.members.editNamed', { name: member.name })}
            onClick={onEdit}
          >
            {t('bodies.members.edit')}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={t('bodies.members.removeNamed', { name: member.name })}
            onClick={onRemove}
          >
            {t('bodies.remove')}
          </button>
        </td>
      )}
    </tr>
  );
}

function EditMemberRow({
  member,
  organisations,
  bodyId,
  onSaved,
  onCancel,
}: {
  member: BodyMember;
  organisations: readonly string[];
  bodyId: string;
  onSaved: BodySectionProps['onSaved'];
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [seat, setSeat] = useState<MemberSeat>({
    title: member.title,
    organisation: member.organisation,
    role: member.role,
    deputy: member.deputy,
    acting: member.acting,
  });
  const write = useBodyWrite(onSaved);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void write.run(() =>
      callApi(updateMemberEndpoint, {
        params: { id: bodyId, userId: member.userId },
        body: { ...seat, title: seat.title.trim() },
      }),
    );
  };
  return (
    <tr className="body-member-editing">
      <td colSpan={5}>
        <form className="body-form" aria-labelledby={headingId} onSubmit={submit}>
          <h3 id={headingId} className="body-edit-heading">
            {t('bodies.members.editNamed', { name: member.name })}
          </h3>
          <div className="body-form-grid">
            <MemberSeatFields seat={seat} organisations={organisations} onChange={setSeat} />
          </div>
          <div className="body-form-actions">
            <button type="submit" className="button button-primary" disabled={write.busy}>
              {t('bodies.members.save')}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {t('app.cancel')}
            </button>
          </div>
          <BodyWriteError write={write} />
        </form>
      </td>
    </tr>
  );
}
