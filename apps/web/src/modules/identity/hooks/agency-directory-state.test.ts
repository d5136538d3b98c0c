import { describe, expect, it } from 'vitest';
import {
  drillInto,
  readDirectoryState,
  toAgencyQuery,
  writeDirectoryState,
} from './agency-directory-state.ts';

const ID = '0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';

describe('agency directory state in the address', () => {
  it('browses the top of the tree by default', () => {
    const state = readDirectoryState(new URLSearchParams(''));
    expect(toAgencyQuery(state)).toEqual({ limit: 20, offset: 0, roots: true });
  });

  it('browses the children of a parent, page by page', () => {
    const state = readDirectoryState(new URLSearchParams(`parent=${ID}&page=3&size=50&asOf=2021-02-05`));
    expect(toAgencyQuery(state)).toEqual({ limit: 50, offset: 100, parentId: ID, asOf: '2021-02-05' });
  });

  it('searches the whole directory when there is text or a filter', () => {
    expect(toAgencyQuery(readDirectoryState(new URLSearchParams('q=so thong tin')))).toEqual({
      limit: 20,
      offset: 0,
      q: 'so thong tin',
    });
    expect(toAgencyQuery(readDirectoryState(new URLSearchParams('level=district&kind=division')))).toEqual({
      limit: 20,
      offset: 0,
      level: 'district',
      kind: 'division',
    });
  });

  it('drops malformed values instead of sending them to the API', () => {
    const state = readDirectoryState(
      new URLSearchParams('parent=../etc&level=galaxy&kind=x&asOf=05/02/2021&page=-2&size=7&id=1'),
    );
    expect(state).toMatchObject({
      parentId: null,
      level: null,
      kind: null,
      asOf: null,
      page: 1,
      pageSize: 20,
    });
    expect(state.selectedId).toBeNull();
  });

  it('round-trips through the address and drills into an agency keeping only the date', () => {
    const state = readDirectoryState(new URLSearchParams(`q=ubnd&level=province&asOf=2020-01-01&page=2`));
    expect(readDirectoryState(writeDirectoryState(state))).toEqual(state);
    const child = drillInto(state, ID);
    expect(writeDirectoryState(child).toString()).toBe(`parent=${ID}&asOf=2020-01-01&id=${ID}`);
  });
});
