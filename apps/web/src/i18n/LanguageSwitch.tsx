import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, LANGUAGES } from './i18n.ts';
import './languageSwitch.css';

/** Svenska / English, each named in its own language so that anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={active === language}
          onClick={() => chooseLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
