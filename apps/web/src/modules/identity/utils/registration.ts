export interface RegistrationValues {
  personalId: string;
  fullName: string;
  phone: string;
  email: string;
  password: string;
}

export type RegistrationError = 'personalId' | 'fullName' | 'phone' | 'email' | 'password';

/** The API's rules (12-digit personal ID, Vietnamese phone, password ≥ 10), checked before sending. */
export function registrationErrors(
  v: RegistrationValues,
): Partial<Record<keyof RegistrationValues, RegistrationError>> {
  const errors: Partial<Record<keyof RegistrationValues, RegistrationError>> = {};
  if (!/^[0-9]{12}$/.test(v.personalId.replace(/\s/g, ''))) errors.personalId = 'personalId';
  if (v.fullName.trim().length < 2) errors.fullName = 'fullName';
  if (!/^(\+84|0)[0-9]{9,10}$/.test(v.phone.replace(/[\s.]/g, ''))) errors.phone = 'phone';
  if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) errors.email = 'email';
  if (v.password.length < 10) errors.password = 'password';
  return errors;
}
