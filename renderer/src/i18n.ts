import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../shared/i18n';

/** Thai first; English selectable. The chosen language is stored in the office database. */
void i18next.use(initReactI18next).init({
  resources,
  lng: 'th',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
