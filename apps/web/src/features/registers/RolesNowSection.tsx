import { useTranslation } from 'react-i18next';
import type { RoleEntry } from '@anteckna/contract';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { clauseKey } from './clauseAddress.ts';
import { roleName, termText } from './roleWords.ts';

/** The roles every body has: shown in "now" even when nobody holds them. */
const KEY_ROLES = ['ordförande', 'vice ordförande'];

/** Who holds each role now, and who comes next, from the register of every election. */
export function RolesNowSection({ roles }: { roles: readonly RoleEntry[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const heldRoles = [
    ...KEY_ROLES,
    ...new Set(
      roles.map((r) => r.role).filter((role) => !KEY_ROLES.includes(role.trim().toLowerCase())),
    ),
  ];
  return (
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
                  <dd key={clauseKey(holder)}>
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
  );
}
