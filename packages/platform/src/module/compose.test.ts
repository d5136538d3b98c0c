import { describe, expect, it } from 'vitest';
import { mergeGrants } from '../context/roles.ts';
import { checkGrants, mergeRoles, seedOrder } from './compose.ts';

describe('module composition', () => {
  it('merges roles and refuses one role with two names', () => {
    const roles = mergeRoles([
      { name: 'identity', roles: { agency_admin: { vi: 'Quản trị cơ quan', en: 'Agency administrator' } } },
      { name: 'portal', roles: { portal_editor: { vi: 'Biên tập viên', en: 'Editor' } } },
    ]);
    expect(Object.keys(roles)).toEqual(['agency_admin', 'portal_editor']);
    expect(() =>
      mergeRoles([
        { name: 'a', roles: { leader: { vi: 'Lãnh đạo', en: 'Leader' } } },
        { name: 'b', roles: { leader: { vi: 'Thủ trưởng', en: 'Head' } } },
      ]),
    ).toThrow(/declared by a and b/);
  });

  it('refuses a role whose name is not a role name (a module adds roles, in the one shape)', () => {
    expect(() => mergeRoles([{ name: 'x', roles: { 'Văn thư': { vi: 'Văn thư', en: 'Clerk' } } }])).toThrow(
      /of x is not a role name/,
    );
    expect(() => mergeRoles([{ name: 'x', roles: { '1clerk': { vi: 'Văn thư', en: 'Clerk' } } }])).toThrow(
      /not a role name/,
    );
  });

  it('merges the grants of any role names, including a role the platform has never heard of', () => {
    const merged = mergeGrants({ archivist: ['archives:read'] }, { archivist: ['archives:lend'], clerk: [] });
    expect([...(merged.get('archivist') ?? [])]).toEqual(['archives:read', 'archives:lend']);
    expect([...merged.keys()]).toEqual(['archivist', 'clerk']);
  });

  it('names a grant to a role nobody declared', () => {
    expect(checkGrants([{ name: 'portal', grants: { portal_editr: ['portal:edit'] } }], {})).toEqual([
      'portal grants permissions to the undeclared role "portal_editr"',
    ]);
  });

  it('orders seeds after what they need, and refuses cycles and unknown modules', () => {
    const seed = (after: string[] = []) => ({ after, demo: async () => undefined });
    expect(
      seedOrder([
        { name: 'portal', seed: seed(['identity']) },
        { name: 'audit' },
        { name: 'identity', seed: seed(['geography']) },
        { name: 'geography', seed: seed() },
      ]),
    ).toEqual(['geography', 'identity', 'portal']);
    expect(() =>
      seedOrder([
        { name: 'a', seed: seed(['b']) },
        { name: 'b', seed: seed(['a']) },
      ]),
    ).toThrow(/cycle: a → b → a/);
    expect(() => seedOrder([{ name: 'a', seed: seed(['nope']) }])).toThrow(/"nope", which is not a module/);
  });
});
