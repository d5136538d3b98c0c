import { hash, verify } from '@node-rs/argon2';
import { foldPassword, isCommonPassword } from './common-passwords.ts';

/** argon2id with the OWASP minimum (m=19 MiB, t=2, p=1). */
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolated modules cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Verified when the account does not exist (or has no password), so that the answer takes the same
// time and work whether the account exists or not: timing must not tell which accounts are real.
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), OPTIONS);
}

export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword('không có tài khoản này');
    await verify(await dummyHash, password.normalize('NFC')).catch(() => false);
    return false;
  }
  return verify(passwordHash, password.normalize('NFC')).catch(() => false);
}

/** Who the password is for: words an attacker who targets this account would try. */
export interface PasswordContext {
  username?: string;
  fullName?: string;
  personalId?: string;
}

export interface PasswordProblem {
  message: string;
  messageEn: string;
}

/**
 * Rules for new passwords (OWASP ASVS 2.1): length over composition; not the account's own name or
 * number; not a password from the common and breached list (ASVS 2.1.7). Each problem is shown next to the
 * password field, in Vietnamese with its English.
 */
export async function passwordProblems(
  password: string,
  context: PasswordContext = {},
): Promise<PasswordProblem[]> {
  const problems: PasswordProblem[] = [];
  if (password.length < 10) {
    problems.push({
      message: 'Mật khẩu phải có ít nhất 10 ký tự',
      messageEn: 'The password must have at least 10 characters',
    });
  }
  if (password.length > 128) {
    problems.push({
      message: 'Mật khẩu tối đa 128 ký tự',
      messageEn: 'The password must have at most 128 characters',
    });
  }
  const folded = foldPassword(password);
  const own = [context.username, context.personalId].filter((w): w is string => Boolean(w));
  if (own.some((w) => folded.includes(foldPassword(w)))) {
    problems.push({
      message: 'Mật khẩu không được chứa tên đăng nhập hoặc số định danh',
      messageEn: 'The password must not contain the username or ID number',
    });
  }
  const nameWords = context.fullName ? [context.fullName, ...context.fullName.split(/\s+/)] : [];
  const inRange = password.length >= 10 && password.length <= 128;
  if (inRange && (await isCommonPassword(password, [...own, ...nameWords]))) {
    problems.push({
      message:
        'Mật khẩu này quá phổ biến hoặc đã lộ trong các vụ rò rỉ dữ liệu, kẻ gian thường thử trước tiên; hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ',
      messageEn:
        'This password is common or known from data breaches; choose another, e.g. a short sentence you remember',
    });
  }
  return problems;
}
