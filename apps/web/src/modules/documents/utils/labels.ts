import type { TFunction } from 'i18next';

/** States arrive as strings from the API; an unknown one shows as itself rather than as a missing key. */
export function outgoingStatusLabel(t: TFunction, status: string): string {
  return t(`documents.outgoingStatus.${status}` as 'documents.outgoingStatus.draft', {
    defaultValue: status,
  });
}

export function incomingStatusLabel(t: TFunction, status: string): string {
  return t(`documents.incomingStatus.${status}` as 'documents.incomingStatus.arrived', {
    defaultValue: status,
  });
}

export function directiveStatusLabel(t: TFunction, status: string): string {
  return t(`documents.directiveStatus.${status}` as 'documents.directiveStatus.open', {
    defaultValue: status,
  });
}

export function signatureResultLabel(t: TFunction, result: string | null): string {
  if (!result) return t('documents.signature.none');
  return t(`documents.signature.${result}` as 'documents.signature.PASSED', { defaultValue: result });
}

/** The document types offered in the draft form ('' = official letter, công văn, which has no type). */
export const DRAFT_TYPES = ['', 'KH', 'TB', 'BC', 'QĐ', 'CT', 'TTr', 'GM'] as const;
