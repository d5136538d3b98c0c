import { describe, expect, it } from 'vitest';
import en from './en.ts';
import vi from './vi.ts';

type Tree = { [key: string]: string | Tree };

/** Leaf keys, with plural suffixes folded (Vietnamese has only "other"; English has "one" and "other"). */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = `${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    return typeof v === 'string' ? [key] : keys(v, `${key}.`);
  });
}

function leaves(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));
}

describe('web texts', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect([...new Set(keys(en as Tree))].sort()).toEqual([...new Set(keys(vi as Tree))].sort());
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    const flat = (tree: Tree, prefix = ''): Record<string, string> =>
      Object.fromEntries(
        Object.entries(tree).flatMap(([k, v]) =>
          typeof v === 'string' ? [[`${prefix}${k}`, v]] : Object.entries(flat(v, `${prefix}${k}.`)),
        ),
      );
    const viFlat = flat(vi as Tree);
    const enFlat = flat(en as Tree);
    for (const [key, text] of Object.entries(viFlat)) {
      const enText = enFlat[key] ?? enFlat[key.replace(/_other$/, '_one')];
      expect(enText, key).toBeDefined();
      expect(vars(enText!), key).toEqual(vars(text));
    }
  });

  it('stores Vietnamese text in NFC, as the platform does', () => {
    for (const text of leaves(vi as Tree)) expect(text).toBe(text.normalize('NFC'));
  });

  it('shows people no reference to the project’s internal documents or issues', () => {
    // The legal basis is what a reader needs ("Thông tư số 01/2018/TT-VPCP"), not "domain.md §5.1".
    const internal = /\.md\b|§|\bdomain\b|reliability-ecosystem|aesthetics|\bissue\s*#?\d|\bADR\b/i;
    for (const text of [...leaves(vi as Tree), ...leaves(en as Tree)]) expect(text).not.toMatch(internal);
  });

  it('names the app as the issue asks', () => {
    expect(vi.app.name).toBe('OpenProvince — Chính quyền số tỉnh Trà Vinh');
  });
});
