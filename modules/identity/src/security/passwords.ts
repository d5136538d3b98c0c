import { hash, verify } from '@node-rs/argon2';

/** argon2id with the OWASP minimum (m=19 MiB, t=2, p=1). */
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolated modules cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Verified when the account does not exist, so that timing does not reveal which usernames are real.
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

/** Rules for new passwords (OWASP ASVS 2.1): length over composition, and not the username. */
export function passwordProblems(
  password: string,
  username?: string,
): { message: string; messageEn: string }[] {
  const problems: { message: string; messageEn: string }[] = [];
  if (password.length < 10)
    problems.push({
      message: 'Mật khẩu phải có ít nhất 10 ký tự',
      messageEn: 'The password must have at least 10 characters',
    });
  if (password.length > 128)
    problems.push({
      message: 'Mật khẩu tối đa 128 ký tự',
      messageEn: 'The password must have at most 128 characters',
    });
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({
      message: 'Mật khẩu không được chứa tên đăng nhập',
      messageEn: 'The password must not contain the username',
    });
  }
  return problems;
}
