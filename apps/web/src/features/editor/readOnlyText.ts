import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import type { ReadOnlyReason } from './fieldAccess.ts';

const LIST_LOCALE: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "Per Persson och Anna Andersson" / "Per Persson and Anna Andersson". */
export function joinNames(names: readonly string[], language: Language): string {
  return new Intl.ListFormat(LIST_LOCALE[language], { style: 'long', type: 'conjunction' }).format(
    names,
  );
}

/** The words on a field's lock: "Föredras av …", "Mötet pågår: bara sekreteraren skriver" … */
export function readOnlyText(reason: ReadOnlyReason, t: TFunction, language: Language): string {
  switch (reason.code) {
    case 'locked':
      return reason.date
        ? t('access.locked', { date: formatDate(reason.date, language) })
        : t('access.lockedNoDate');
    case 'presentedBy':
      return t('access.presentedBy', { names: joinNames(reason.names, language) });
    default:
      return t(`access.${reason.code}`);
  }
}
