import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path.ts';

describe('return path after sign-in (no open redirect)', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeReturnPath('/ho-so/moi?thu-tuc=1.001#b2')).toBe('/ho-so/moi?thu-tuc=1.001#b2');
  });

  it.each([
    undefined,
    '',
    'https://evil.example/',
    'http:evil.example',
    '//evil.example/x',
    '/\\evil.example',
    '/\tevil',
    'javascript:alert(1)',
    'ho-so',
    `/${'a'.repeat(600)}`,
  ])('falls back to / for %j', (candidate) => {
    expect(safeReturnPath(candidate)).toBe('/');
  });
});
