import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo-accounts.ts';
import { TEST_PASSWORD } from '../../testing/index.ts';
import { isCommonPassword } from './common-passwords.ts';
import { passwordProblems } from './passwords.ts';

const COMMON = /quá phổ biến hoặc đã lộ/;
/** A problem whose Vietnamese sentence matches, with its English beside it. */
const problem = (vi: RegExp | string) =>
  expect.objectContaining({
    message: typeof vi === 'string' ? expect.stringContaining(vi) : expect.stringMatching(vi),
    messageEn: expect.any(String),
  });

describe('new-password rules (ASVS 2.1)', () => {
  it('refuses common and breached passwords that are long enough (ASVS 2.1.7)', async () => {
    for (const password of [
      '1234567890',
      'password12',
      'qwertyuiop',
      '123456789a',
      'iloveyou12',
      'Password2024!',
    ]) {
      expect(await passwordProblems(password), password).toEqual([problem(COMMON)]);
    }
  });

  it('refuses Vietnamese favourites, with or without marks and digits', async () => {
    for (const password of [
      'matkhau123',
      'Mật khẩu 2024',
      'anhyeuem123',
      'travinh2021',
      'openprovince2021',
    ]) {
      expect(await passwordProblems(password), password).toEqual([problem(COMMON)]);
    }
  });

  it('refuses the account’s own words: ID number, username, name', async () => {
    expect(await passwordProblems('084190000001ab', { personalId: '084190000001' })).toContainEqual(
      problem('số định danh'),
    );
    expect(await passwordProblems('xx-motcua.stttt', { username: 'motcua.stttt' })).toHaveLength(1);
    expect(await passwordProblems('NguyenVanAn1990', { fullName: 'Nguyễn Văn An' })).toEqual([
      problem(COMMON),
    ]);
    expect(await passwordProblems('nguyenvanan1990')).toEqual([]);
  });

  it('refuses passwords of too few different characters', async () => {
    expect(await isCommonPassword('aaaaaaaaaaaa')).toBe(true);
    expect(await isCommonPassword('ababababab')).toBe(true);
    expect(await isCommonPassword('1111122222')).toBe(true);
  });

  it('refuses the published demo password as a real one (the seeded demo accounts keep it)', async () => {
    expect(await passwordProblems(DEMO_PASSWORD)).toEqual([problem(COMMON)]);
    expect(await passwordProblems('Admin@123456')).toEqual([problem(COMMON)]);
  });

  it('accepts passphrases and the test passwords', async () => {
    for (const password of [
      TEST_PASSWORD,
      'Mật-khẩu-dân-2021',
      'cây dừa Trà Vinh cao vút',
      'correct horse battery staple',
      'Tr4-V1nh#Ao-Ba-Om',
    ]) {
      expect(await passwordProblems(password), password).toEqual([]);
    }
  });

  it('keeps the length rules, in Vietnamese with English', async () => {
    expect(await passwordProblems('ngan')).toEqual([
      {
        message: 'Mật khẩu phải có ít nhất 10 ký tự',
        messageEn: 'The password must have at least 10 characters',
      },
    ]);
    expect(await passwordProblems('x'.repeat(129))).toEqual([
      { message: 'Mật khẩu tối đa 128 ký tự', messageEn: 'The password must have at most 128 characters' },
    ]);
  });
});
