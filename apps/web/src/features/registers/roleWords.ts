import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';

/** Roles the catalogues have words for; any other role reads as the minutes wrote it. */
const NAMED_ROLES: Record<string, string> = {
  ordförande: 'chair',
  'vice ordförande': 'viceChair',
  sekreterare: 'secretary',
  adjungerad: 'coopted',
};

export function roleName(t: TFunction, role: string): string {
  const key = NAMED_ROLES[role.trim().toLowerCase()];
  return key ? t(`registers.roles.roleName.${key}`) : role;
}

/** "1 januari 2027 – 31 december 2028", "från och med 1 januari 2027". */
export function termText(
  t: TFunction,
  term: { termFrom: string; termTo?: string },
  language: Language,
): string {
  const from = formatDate(term.termFrom, language);
  return term.termTo
    ? t('registers.roles.period', { from, to: formatDate(term.termTo, language) })
    : t('registers.roles.from', { from });
}
