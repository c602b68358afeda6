import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, sv } from './catalogs.ts';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'anteckna.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Swedish first: English only when the person chose it on this device. */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'sv';
  } catch {
    return 'sv';
  }
}

export function chooseLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice still holds for this page.
  }
  void i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'sv';
}

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    returnNull: false,
    // i18next otherwise advertises its vendor in the console of everyone who opens the app.
    showSupportNotice: false,
  });
  const applyLang = (language: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  };
  applyLang(i18next.language);
  i18next.on('languageChanged', applyLang);
  return i18next;
}
