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

/**
 * What a person hears and sees when they type where they may not: "Punkt 4 b skrivs av Lena
 * Bergström", or the field's lock reason with its item ("Punkt 3: Beslutet skrivs av
 * sekreteraren").
 */
export function typingRefusalText(
  reason: ReadOnlyReason,
  itemNumber: string | null,
  t: TFunction,
  language: Language,
): string {
  if (reason.code === 'presentedBy' && itemNumber !== null)
    return t('access.typingPresentedBy', {
      number: itemNumber,
      names: joinNames(reason.names, language),
    });
  const text = readOnlyText(reason, t, language);
  return itemNumber === null
    ? text
    : t('access.typingInItem', { number: itemNumber, reason: text });
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
