import { describe, expect, it } from 'vitest';
import { formatDossierCode, parseDossierCode } from './dossier-code.ts';

describe('dossier code', () => {
  it('is agency code, yymmdd and a zero-padded daily sequence', () => {
    expect(formatDossierCode({ agencyCode: '000.00.12.H59', localDate: '2021-02-05', sequence: 7 })).toBe(
      '000.00.12.H59-210205-0007',
    );
    expect(formatDossierCode({ agencyCode: 'H59', localDate: '2021-12-31', sequence: 12345 })).toBe(
      'H59-211231-12345',
    );
  });

  it('round-trips and refuses nonsense', () => {
    expect(parseDossierCode('000.00.12.h59-210205-0007')).toEqual({
      agencyCode: '000.00.12.H59',
      localDate: '2021-02-05',
      sequence: 7,
    });
    expect(parseDossierCode('../../etc/passwd')).toBeUndefined();
    expect(() => formatDossierCode({ agencyCode: 'a b', localDate: '2021-02-05', sequence: 1 })).toThrow();
    expect(() => formatDossierCode({ agencyCode: 'H59', localDate: '2021-02-05', sequence: 0 })).toThrow();
  });
});
