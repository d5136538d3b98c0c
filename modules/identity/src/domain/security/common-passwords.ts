import { foldVietnamese } from '@openprovince/platform';

/**
 * Passwords people choose most, and that attackers therefore try first (OWASP ASVS 2.1.7). The list is
 * zxcvbn-ts's "passwords-common" dictionary: about 49,000 passwords ranked by frequency in published
 * breach corpora. Vietnamese favourites are added by hand, since they are rare in those corpora, and so
 * are this platform's own words: "openprovince" makes the published demo password (OpenProvince@2021,
 * which only the seeded demo accounts have) unacceptable as anybody's real password.
 */
const VIETNAMESE_COMMON = [
  'matkhau',
  'matkhaucuatoi',
  'anhyeuem',
  'emyeuanh',
  'yeuem',
  'yeuanh',
  'toiyeuem',
  'iloveyou',
  'vietnam',
  'vietnamvodich',
  'hanoi',
  'saigon',
  'hochiminh',
  'travinh',
  'tphcm',
  'xinchao',
  'chaoban',
  'baby',
  'conyeu',
  'giadinh',
  'hanhphuc',
  'thanhcong',
  'quantri',
  'admin',
  'dichvucong',
  'motcua',
  'canbo',
  'congdan',
  'ubnd',
  'openprovince',
  'khongcomatkhau',
  'nguyen',
  'tran',
  'phuong',
  'trang',
  'linh',
];

let known: Promise<Set<string>> | undefined;

/** Loaded at the first check (it takes a few hundred milliseconds to unpack), not by every importer. */
function commonPasswords(): Promise<Set<string>> {
  known ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set([...dictionary['passwords-common'], ...VIETNAMESE_COMMON]),
  );
  return known;
}

/** Lower-case, without Vietnamese marks or spaces: "Mật Khẩu" and "matkhau" are the same guess. */
export function foldPassword(password: string): string {
  return foldVietnamese(password.normalize('NFC')).replace(/\s+/g, '');
}

/**
 * Whether a password is one attackers try early: a listed password, or a listed word with digits and
 * punctuation tacked on at the end ("matkhau2024", "password12!"). `extraWords` are the account's own
 * words (name, username), which an attacker who targets the account knows.
 */
export async function isCommonPassword(
  password: string,
  extraWords: readonly string[] = [],
): Promise<boolean> {
  const folded = foldPassword(password);
  const list = await commonPasswords();
  if (list.has(folded)) return true;
  const stem = folded.replace(/[\d\W_]+$/u, '');
  if (stem.length >= 3 && list.has(stem)) return true;
  const words = extraWords.map(foldPassword).filter((w) => w.length >= 3);
  if (words.includes(stem)) return true;
  // Too few different characters: "aaaaaaaaaa", "abababab12", "1111122222".
  return new Set(folded).size < 4;
}
