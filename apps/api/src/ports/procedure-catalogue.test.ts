import { DEFAULT_STEPS } from '@openprovince/dossiers';
import { DEFAULT_PROCEDURE_STEPS } from '@openprovince/services/contracts';
import { describe, expect, it } from 'vitest';

describe('procedure catalogue adapter', () => {
  it('the catalogue checks time limits against the same default steps the dossiers module applies', () => {
    expect(DEFAULT_PROCEDURE_STEPS).toEqual(DEFAULT_STEPS);
  });
});
