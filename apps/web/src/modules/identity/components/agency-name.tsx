import { useTranslation } from 'react-i18next';
import type { Agency } from '../api/agencies.api.ts';

/**
 * An agency's name in the current language. In English the official English name is used when there is
 * one; otherwise the Vietnamese name is kept and marked lang="vi" so screen readers pronounce it (WCAG 3.1.2).
 */
export function AgencyName({ agency }: { agency: Pick<Agency, 'name' | 'nameEn'> }) {
  const { i18n } = useTranslation();
  if (i18n.language === 'en') {
    return agency.nameEn ? <span>{agency.nameEn}</span> : <span lang="vi">{agency.name}</span>;
  }
  return <span>{agency.name}</span>;
}

export function agencyNameText(agency: Pick<Agency, 'name' | 'nameEn'>, language: string): string {
  return language === 'en' && agency.nameEn ? agency.nameEn : agency.name;
}
