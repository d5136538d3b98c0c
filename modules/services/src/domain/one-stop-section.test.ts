import { describe, expect, it } from 'vitest';
import { oneStopSection } from './one-stop-section.ts';

const province = { name: 'Ủy ban nhân dân tỉnh Trà Vinh', kind: 'people_committee', level: 'province' };
const department = { name: 'Sở Kế hoạch và Đầu tư', kind: 'department', level: 'province' };
const district = { name: 'Ủy ban nhân dân huyện Càng Long', kind: 'people_committee', level: 'district' };
const division = { name: 'Phòng Tư pháp huyện Càng Long', kind: 'division', level: 'district' };
const commune = { name: 'Ủy ban nhân dân xã An Trường', kind: 'people_committee', level: 'commune' };

describe('one-stop section of a procedure (Decree 61/2018 art. 7)', () => {
  it('sends province-level dossiers to the provincial Public Administration Service Centre', () => {
    expect(oneStopSection({ level: 'province', lineage: [department, province] })).toBe(
      'Trung tâm Phục vụ hành chính công tỉnh Trà Vinh',
    );
  });

  it('sends district-level dossiers to the district committee’s section, also for a division’s procedure', () => {
    expect(oneStopSection({ level: 'district', lineage: [district, province] })).toBe(
      'Bộ phận Tiếp nhận và Trả kết quả – Ủy ban nhân dân huyện Càng Long',
    );
    expect(oneStopSection({ level: 'district', lineage: [division, district, province] })).toBe(
      'Bộ phận Tiếp nhận và Trả kết quả – Ủy ban nhân dân huyện Càng Long',
    );
  });

  it('sends commune-level dossiers to the commune committee’s section', () => {
    expect(oneStopSection({ level: 'commune', lineage: [commune, district, province] })).toBe(
      'Bộ phận Tiếp nhận và Trả kết quả – Ủy ban nhân dân xã An Trường',
    );
  });

  it('falls back to the agency itself outside the committee tree, and to null for an unknown agency', () => {
    const orphan = { name: 'Ban Quản lý Khu kinh tế', kind: 'department', level: 'province' };
    expect(oneStopSection({ level: 'district', lineage: [orphan] })).toBe(
      'Bộ phận Tiếp nhận và Trả kết quả – Ban Quản lý Khu kinh tế',
    );
    expect(oneStopSection({ level: 'province', lineage: [orphan] })).toBe(
      'Trung tâm Phục vụ hành chính công – Ban Quản lý Khu kinh tế',
    );
    expect(oneStopSection({ level: 'province', lineage: [] })).toBeNull();
  });
});
