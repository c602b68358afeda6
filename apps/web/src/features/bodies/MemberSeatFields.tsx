import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyMember } from '@anteckna/contract';
import { BODY_ROLES, type BodyRole } from '@anteckna/domain';

/** How a person sits in the body: what adding and changing a member both ask for. */
export type MemberSeat = Pick<BodyMember, 'title' | 'organisation' | 'role' | 'deputy' | 'acting'>;

export const EMPTY_SEAT: MemberSeat = {
  title: '',
  organisation: '',
  role: 'member',
  deputy: false,
  acting: false,
};

/** The seat's two marks, each a checkbox: ersättare (deputy) and tf. (acting). */
const SEAT_MARKS = ['deputy', 'acting'] as const;

export function MemberSeatFields({
  seat,
  organisations,
  onChange,
}: {
  seat: MemberSeat;
  organisations: readonly string[];
  onChange(seat: MemberSeat): void;
}) {
  const { t } = useTranslation();
  const organisationId = useId();
  const roleId = useId();
  const set = <K extends keyof MemberSeat>(key: K, value: MemberSeat[K]) =>
    onChange({ ...seat, [key]: value });
  return (
    <>
      <label>
        <span>{t('bodies.members.title')}</span>
        <input type="text" value={seat.title} onChange={(e) => set('title', e.target.value)} />
      </label>
      {/* Selects get a label by id: a wrapping label would put the chosen option into the name. */}
      <div className="body-field">
        <label htmlFor={organisationId}>{t('bodies.members.organisation')}</label>
        <select
          id={organisationId}
          value={seat.organisation}
          onChange={(e) => set('organisation', e.target.value)}
        >
          <option value="">{t('bodies.members.noOrganisation')}</option>
          {organisations.map((organisation) => (
            <option key={organisation} value={organisation}>
              {organisation}
            </option>
          ))}
        </select>
      </div>
      <div className="body-field">
        <label htmlFor={roleId}>{t('bodies.members.role')}</label>
        <select
          id={roleId}
          value={seat.role}
          onChange={(e) => set('role', e.target.value as BodyRole)}
        >
          {BODY_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      {SEAT_MARKS.map((mark) => (
        <label key={mark} className="body-check">
          <input
            type="checkbox"
            checked={seat[mark]}
            onChange={(e) => set(mark, e.target.checked)}
          />
          <span>{t(`bodies.members.${mark}`)}</span>
        </label>
      ))}
    </>
  );
}
