import { type FieldError, foldVietnamese, nfc } from '@openprovince/platform';
import type { PostLanguage } from '../contracts/index.ts';

const ZWSP = '\u200b';
const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;
// C0/C1 controls other than tab and line feed; ZWSP/ZWJ/ZWNJ are format characters and stay.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Khmer has no spaces between words: ICU's dictionary (Intl.Segmenter) finds them, for Vietnamese too. */
const segmenter = new Intl.Segmenter('km', { granularity: 'word' });

/**
 * Words for the search index and for a query, the same way on both sides: diacritics folded (Vietnamese),
 * ZWSP treated as a break (Khmer editors type it between words), Khmer split by the dictionary segmenter.
 */
export function searchWords(text: string): string[] {
  const folded = foldVietnamese(text.normalize('NFC').replaceAll(ZWSP, ' '));
  const words: string[] = [];
  for (const s of segmenter.segment(folded)) if (s.isWordLike) words.push(s.segment);
  return words;
}

export function searchTextOf(post: { title: string; summary: string; body: string }): string {
  return searchWords(`${post.title}\n${post.summary}\n${post.body}`).join(' ');
}

/** Stored form of a text: NFC, Windows line ends made plain, trimmed; ZWSP kept. */
export function cleanText(value: string): string {
  return nfc(value.replace(/\r\n?/g, '\n'));
}

export const hasKhmer = (value: string) => KHMER.test(value);

/** Field errors of a post's texts (schema validation has already checked lengths). */
export function checkPostTexts(
  post: { language: PostLanguage; title: string; summary: string; body: string },
  base = '/body',
): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of ['title', 'summary', 'body'] as const) {
    if (CONTROL.test(post[key]))
      errors.push({
        path: `${base}/${key}`,
        message: 'Có ký tự điều khiển không hợp lệ',
        messageEn: 'Contains control characters',
      });
  }
  if (!post.title.trim())
    errors.push({ path: `${base}/title`, message: 'Thiếu tiêu đề', messageEn: 'A title is required' });
  if (!post.body.trim())
    errors.push({ path: `${base}/body`, message: 'Thiếu nội dung', messageEn: 'A body is required' });
  if (post.language === 'km' && !hasKhmer(post.title)) {
    errors.push({
      path: `${base}/title`,
      message: 'Bài tiếng Khmer cần tiêu đề bằng chữ Khmer',
      messageEn: 'A Khmer post needs a title in Khmer script',
    });
  }
  return errors;
}
