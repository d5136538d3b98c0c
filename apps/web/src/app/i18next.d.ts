import 'i18next';
import type vi from '../i18n/vi.ts';

// Translation keys are checked at compile time against the Vietnamese file (the reference language);
// `src/i18n/i18n.test.ts` checks that the English file has the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
