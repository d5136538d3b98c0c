import dayjs from 'dayjs';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import 'dayjs/locale/vi';
import type { Locale } from 'antd/es/locale';
import viVN from 'antd/locale/vi_VN';
import { PORTAL_TEXTS } from '../i18n/portal-texts.ts';

/** Vietnamese is the default and the fallback; English is loaded only when someone switches to it. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'openprovince.language';

interface LanguagePack {
  translation: Record<string, unknown>;
  antd: Locale;
  dayjsLocale: string;
}

const loaded = new Map<Language, LanguagePack>([
  ['vi', { translation: PORTAL_TEXTS, antd: viVN, dayjsLocale: 'vi' }],
]);

const loaders: Record<Exclude<Language, 'vi'>, () => Promise<LanguagePack>> = {
  en: async () => {
    const [translation, antd] = await Promise.all([
      import('../i18n/en.ts'),
      import('antd/locale/en_GB'),
      // en-GB keeps day-month order and Monday as the first day of the week, as in Vietnam.
      import('dayjs/locale/en-gb'),
    ]);
    return { translation: translation.default, antd: antd.default, dayjsLocale: 'en-gb' };
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'vi';
}

/** The antd locale of the current language (always loaded before the language is switched). */
export function antdLocale(language: Language): Locale {
  return (loaded.get(language) ?? loaded.get('vi'))!.antd;
}

function readSavedLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : 'vi';
  } catch {
    return 'vi';
  }
}

/** Loads what a language needs (texts, antd and dayjs locales), then switches to it. */
export async function changeLanguage(language: Language): Promise<void> {
  let pack = loaded.get(language);
  if (!pack) {
    pack = await loaders[language as Exclude<Language, 'vi'>]();
    loaded.set(language, pack);
    i18n.addResourceBundle(language, 'translation', pack.translation, true, true);
  }
  dayjs.locale(pack.dayjsLocale);
  await i18n.changeLanguage(language);
  // WCAG 3.1.1: assistive technology reads the page in the language the <html> element declares.
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts until the page is reloaded.
  }
}

export async function initI18n(): Promise<typeof i18n> {
  await i18n.use(initReactI18next).init({
    resources: { vi: { translation: PORTAL_TEXTS } },
    lng: 'vi',
    fallbackLng: 'vi',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  dayjs.locale('vi');
  const saved = readSavedLanguage();
  if (saved !== 'vi') await changeLanguage(saved);
  else document.documentElement.lang = 'vi';
  return i18n;
}

let workspaceTexts: Promise<void> | undefined;

/**
 * Adds the Vietnamese texts of the officials' workspace areas (administration, catalogue). English needs no
 * such step: its pack is loaded whole when someone switches to it, and Vietnamese stays the fallback.
 */
export function loadWorkspaceTexts(): Promise<void> {
  workspaceTexts ??= Promise.all([
    import('../i18n/areas/admin.vi.json'),
    import('../i18n/areas/catalogue.vi.json'),
    import('../i18n/areas/officeWork.vi.json'),
  ]).then(([admin, catalogue, officeWork]) => {
    i18n.addResourceBundle(
      'vi',
      'translation',
      { admin: admin.default, catalogue: catalogue.default, officeWork: officeWork.default },
      true,
      true,
    );
  });
  return workspaceTexts;
}
