import { describe, expect, it } from 'vitest';
import { roleOptions } from './role-options.ts';

const TABLE = [
  { name: 'system_admin', nameVi: 'Quản trị hệ thống', nameEn: 'System administrator' },
  { name: 'clerk', nameVi: 'Văn thư', nameEn: 'Clerk' },
  // A role the web app has never heard of: it comes from a module's manifest, through the API.
  { name: 'archivist', nameVi: 'Cán bộ lưu trữ', nameEn: 'Archivist' },
];

describe('role picker options', () => {
  it("lists the API's roles in its order, labelled in the reader's language", () => {
    const vi = roleOptions({ roles: TABLE, held: [], english: false, provinceWide: true });
    expect(vi.map((o) => [o.value, o.label])).toEqual([
      ['system_admin', 'Quản trị hệ thống'],
      ['clerk', 'Văn thư'],
      ['archivist', 'Cán bộ lưu trữ'],
    ]);
    const en = roleOptions({ roles: TABLE, held: [], english: true, provinceWide: true });
    expect(en.map((o) => o.label)).toEqual(['System administrator', 'Clerk', 'Archivist']);
    expect(en.every((o) => !o.disabled)).toBe(true);
  });

  it('lets only a province-wide administrator tick system administrator, unless the official holds it', () => {
    const agency = roleOptions({ roles: TABLE, held: [], english: false, provinceWide: false });
    expect(agency.find((o) => o.value === 'system_admin')?.disabled).toBe(true);
    expect(agency.find((o) => o.value === 'clerk')?.disabled).toBe(false);
    const holder = roleOptions({ roles: TABLE, held: ['system_admin'], english: false, provinceWide: false });
    expect(holder.find((o) => o.value === 'system_admin')?.disabled).toBe(false);
  });

  it('keeps a held role the table no longer lists, under its code, so it can be taken away', () => {
    const options = roleOptions({
      roles: TABLE,
      held: ['clerk', 'retired_role'],
      english: false,
      provinceWide: true,
    });
    expect(options.at(-1)).toEqual({ value: 'retired_role', label: 'retired_role', disabled: false });
  });
});
