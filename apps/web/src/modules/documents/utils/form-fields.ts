import type { ToFormField } from '../../../ui/form-errors.ts';

/**
 * The signing, issuing and copying dialogs have one certificate field (`certificateId`) for the API's
 * personal or organisation certificate; the other fields keep the API's names (password, position…).
 */
export const dialogFieldOf: ToFormField = (e) =>
  e.part === 'body' && e.name[0] === 'organisationCertificateId' ? ['certificateId'] : undefined;
