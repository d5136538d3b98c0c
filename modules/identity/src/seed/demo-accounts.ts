/**
 * Demo accounts, one per role (README lists them). The password is public: these accounts exist only in
 * demo data, never in a production seed.
 */
export const DEMO_PASSWORD = 'OpenProvince@2021';

/** The TOTP secret of the demo administrators (RFC 4648 example value; `npx openprovince user totp-code admin`). */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

export interface DemoAccount {
  username: string;
  fullName: string;
  /** Key of the agency in the demo directory. */
  agencyKey: 'dic' | 'justice' | 'commune';
  position: string;
  /** Role names of the composed role table (identity's and other modules'). */
  roles: string[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    fullName: 'Trần Minh Quản',
    agencyKey: 'dic',
    position: 'Quản trị hệ thống',
    roles: ['system_admin', 'auditor'],
  },
  {
    username: 'quantri.stttt',
    fullName: 'Lê Thị Hạnh',
    agencyKey: 'dic',
    position: 'Quản trị cơ quan',
    roles: ['agency_admin'],
  },
  {
    username: 'motcua.stttt',
    fullName: 'Nguyễn Thị Mai',
    agencyKey: 'dic',
    position: 'Cán bộ tiếp nhận và trả kết quả',
    roles: ['one_stop_officer'],
  },
  {
    username: 'chuyenvien.stttt',
    fullName: 'Phạm Văn Bình',
    agencyKey: 'dic',
    position: 'Chuyên viên',
    roles: ['specialist'],
  },
  {
    username: 'lanhdao.stttt',
    fullName: 'Thạch Sô Phênh',
    agencyKey: 'dic',
    position: 'Giám đốc Sở',
    roles: ['leader'],
  },
  {
    username: 'vanthu.stttt',
    fullName: 'Võ Thị Thu',
    agencyKey: 'dic',
    position: 'Văn thư',
    roles: ['clerk'],
  },
  {
    username: 'chungthu.stttt',
    fullName: 'Đặng Quốc Huy',
    agencyKey: 'dic',
    position: 'Cán bộ quản lý chứng thư số',
    roles: ['certificate_officer'],
  },
  {
    username: 'kiemtoan.stttt',
    fullName: 'Huỳnh Thị Lan',
    agencyKey: 'dic',
    position: 'Thanh tra viên',
    roles: ['auditor'],
  },
  {
    username: 'bientap.stttt',
    fullName: 'Thạch Thị Sô Phia',
    agencyKey: 'dic',
    position: 'Biên tập viên Cổng thông tin điện tử',
    roles: ['portal_editor'],
  },
  {
    username: 'motcua.stp',
    fullName: 'Kim Thị Sa Rây',
    agencyKey: 'justice',
    position: 'Cán bộ một cửa',
    roles: ['one_stop_officer'],
  },
  {
    username: 'quantri.stp',
    fullName: 'Đoàn Văn Tâm',
    agencyKey: 'justice',
    position: 'Quản trị cơ quan',
    roles: ['agency_admin'],
  },
  {
    username: 'motcua.phuong3',
    fullName: 'Sơn Thị Nguyệt',
    agencyKey: 'commune',
    position: 'Công chức Văn phòng – Thống kê',
    roles: ['one_stop_officer'],
  },
];

export const DEMO_CITIZEN = {
  personalId: '084190000001',
  fullName: 'Nguyễn Văn An',
  phone: '0912345678',
  email: 'nguyenvanan@example.vn',
};
