import { describe, expect, it } from 'vitest';
import { portalDateTime, toNationalPortalPayload } from './payload.ts';

describe('national portal payload', () => {
  it('dates are yyyyMMddHHmmss in Asia/Ho_Chi_Minh whatever the server zone', () => {
    expect(portalDateTime(new Date('2021-02-05T09:40:00Z'))).toBe('20210205164000');
    expect(portalDateTime(new Date('2021-12-31T17:30:05Z'))).toBe('20220101003005');
  });

  it('maps a status change to the portal vocabulary', () => {
    expect(
      toNationalPortalPayload({
        dossierCode: '000.00.12.H60-210205-0001',
        procedureCode: '1.000948',
        nationalStatus: 5,
        occurredAt: '2021-02-08T02:00:00Z',
        agencyCode: '000.00.12.H60',
        sequence: 3,
      }),
    ).toEqual({
      service: 'DongBoHoSoMC',
      isUpdating: true,
      data: [
        {
          MaHoSo: '000.00.12.H60-210205-0001',
          MaTTHC: '1.000948',
          MaCoQuan: '000.00.12.H60',
          TrangThaiHoSo: '5',
          TenTrangThaiHoSo: 'Yêu cầu bổ sung giấy tờ',
          TrangThaiDongBo: 'waiting',
          NgayCapNhat: '20210208090000',
          SoThuTuCapNhat: 3,
        },
      ],
    });
  });
});
