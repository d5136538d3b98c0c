import { describe, expect, it } from 'vitest';
import { registrationErrors } from './registration.ts';

describe('citizen registration checks', () => {
  const ok = {
    personalId: '084190000099',
    fullName: 'Trần Thị Bình',
    phone: '0912 345 678',
    email: '',
    password: 'mat-khau-dai',
  };
  it('accepts a complete registration (phone with spaces, no e-mail)', () => {
    expect(registrationErrors(ok)).toEqual({});
  });
  it('names each wrong field', () => {
    expect(
      registrationErrors({
        personalId: '0841',
        fullName: 'T',
        phone: '12345',
        email: 'a@',
        password: 'short',
      }),
    ).toEqual({
      personalId: 'personalId',
      fullName: 'fullName',
      phone: 'phone',
      email: 'email',
      password: 'password',
    });
  });
});
