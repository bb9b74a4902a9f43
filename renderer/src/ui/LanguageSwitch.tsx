import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/api/office';
import { useApp } from '../appContext';

/** ไทย / English: applied at once, stored in the office database, remembered after a restart. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { info, setLanguage } = useApp();
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={info.language === language}
          onClick={() => {
            if (info.language !== language) void setLanguage(language);
          }}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
