/** Lower case without Vietnamese diacritics: "Phường Long Đức" → "phuong long duc". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/**
 * Whether a commune's name matches what was typed, with or without diacritics, word order kept ("long duc",
 * "Long Đức" and "p long duc" find "Phường Long Đức"): officers at the counter type fast and without accents.
 */
export function communeMatches(typed: string, name: string): boolean {
  const words = foldText(typed).split(/\s+/).filter(Boolean);
  const folded = foldText(name).split(/\s+/);
  let from = 0;
  for (const word of words) {
    const at = folded.findIndex((w, i) => i >= from && w.startsWith(word));
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}
