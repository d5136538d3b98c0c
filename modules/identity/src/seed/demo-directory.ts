/**
 * The demo agency directory: Trà Vinh's state and Party agencies as they stood in 2021, at the scale the
 * Sở TT&TT report of 2021 gives (docs: /work/shared/docs/domain.md §2 D1, D3, D6; §3.6; §4):
 *
 * - document management (iOffice) at 591 units: 155 province-level, 330 district-level, 106 commune-level;
 * - the private network (mạng truyền số liệu chuyên dùng) at 150 agencies: 16 Party, 134 State;
 * - 19 departments (sở, ban, ngành), 9 district-level and 106 commune-level People's Committees.
 *
 * A pure data builder: the inserting code lives in seed-identity-demo.ts. The commune and district names
 * come from the GSO list (`@openprovince/geography/data`), so they are the real units.
 *
 * What is real and what is assumed (check before relying on it):
 * - Real: the administrative units and their names; Trà Vinh's province code H59 (see `PROVINCE_CODE`);
 *   the department structure of Decree 24/2014/NĐ-CP as amended by 107/2020/NĐ-CP; the Sở TT&TT divisions
 *   named in the report (Phòng Thông tin – Báo chí – Xuất bản signs "1650/STTTT-TTBCXB") and its IT and
 *   Communications Centre; the VP UBND division in "4595/UBND-CNXD"; the Party committee abbreviation in
 *   "15-CTr/TU"; Chi cục Văn thư – Lưu trữ (Sở Nội vụ), Bảo tàng Tổng hợp (Sở VH-TT-DL).
 * - Assumed: which 19 agencies the report counts as departments (15 sở of the standard list, Sở Ngoại vụ,
 *   Thanh tra tỉnh, Ban Dân tộc and Ban Quản lý Khu kinh tế; Văn phòng UBND tỉnh is listed separately);
 *   the internal divisions of each department and district (standard names, not Trà Vinh's decisions);
 *   every identification code below province level (Trà Vinh's published list was not available).
 * - Filled to match the report's totals: the report does not list its 591 iOffice units. Beyond the
 *   committees, offices, divisions and service units, the district level counts the Mặt trận and mass
 *   organisations and one lower-secondary school per commune (named after its commune: illustrative,
 *   not a register of schools); the two urban districts run four urban-service units each.
 * - Party agencies use the Party's own document system (report §2 D2: "the Party Committee's iOffice"),
 *   so they do not count in the 591. The 134 State connections are the ISO list (19 departments, 9
 *   district and 106 commune People's Committees: the report's 19 + 9 + 106 = 134); the province People's
 *   Committee and its office sit on the data centre's own network and are not counted separately.
 *   The 16 Party connections are the Provincial Party Committee, its five boards and commission, the
 *   Party Committee of provincial agencies, and the nine district Party committees.
 *
 * Validity: every agency from 2021-01-01 (the report year). Phường 2 and 6 of Trà Vinh city were merged
 * into Phường 3 from 2025-01-01 (1277/NQ-UBTVQH15): their committees end 2024-12-31. The district level
 * was abolished on 2025-07-01 (Law 72/2025/QH15): every district-level agency ends 2025-06-30. The
 * province and commune agencies are left open: their 2025 successors (Vĩnh Long) are not in this demo.
 */
import { TRAVINH_UNITS_2021 } from '@openprovince/geography/data';

export interface DemoAgency {
  /** Stable slug, unique, e.g. 'ubnd-tinh', 'stttt', 'stttt-ttcntt', 'ubnd-huyen-842', 'ubnd-xa-29242'. */
  key: string;
  parentKey: string | null;
  /** Electronic identification code, Decision 20/2020/QĐ-TTg format (e.g. 000.00.00.H59); unique. */
  code: string;
  /** Used in document symbols: UBND, STTTT, VP, TTCNTT, … */
  abbreviation: string;
  /** Full Vietnamese name, NFC. */
  name: string;
  nameEn: string | null;
  kind:
    | 'people_committee'
    | 'people_council'
    | 'committee_office'
    | 'department'
    | 'party'
    | 'mass_organisation'
    | 'public_service_unit'
    | 'division';
  level: 'province' | 'district' | 'commune';
  sector: 'state' | 'party';
  /** GSO code of the area served (84, district code, commune code). */
  adminUnitCode: string | null;
  usesDocumentManagement: boolean;
  onPrivateNetwork: boolean;
  /** ISO date. */
  validFrom: string;
  /** Last day (inclusive), ISO date; null while the agency exists. */
  validTo: string | null;
}

/**
 * Decision 20/2020/QĐ-TTg (as QCVN 102:2016/BTTTT before it) writes a code as `V1V2V3.Z1Z2.Y1Y2.X1X2X3`:
 * level-1 unit X (H + two digits for a province's People's Committee), level-2 Y (units directly under it:
 * departments, district People's Committees), level-3 Z (their units: divisions, commune People's
 * Committees), level-4 V; zeros where a level is not used, so a child's code ends with its parent's
 * non-zero groups.
 *
 * H59 for Trà Vinh: verified against public code written for Trà Vinh (seed data of a VNPT Trà Vinh
 * application: "Tỉnh Trà Vinh … 000.00.00.H59") and consistent with the alphabetical numbering of the 63
 * provinces that gives Quảng Ninh H49 (its Decision 3739/QĐ-UBND of 2016). Not verified against the
 * Decision's appendix itself. Everything below level 1 is assumed (see the file header). The Party agencies
 * are outside the Decision's scope (its Art. 2(1)); the demo gives them codes in the province's block
 * (level 2 = 50) so that the directory has one code space: an assumption, not an official assignment.
 */
export const PROVINCE_CODE = 'H59';

export const DEMO_AGENCY_KEYS = {
  provinceCommittee: 'ubnd-tinh',
  committeeOffice: 'vp-ubnd-tinh',
  dic: 'stttt',
  dicItCentre: 'stttt-ttcntt',
  /** Ủy ban nhân dân thành phố Trà Vinh. */
  districtCommittee: 'ubnd-huyen-842',
  /** Ủy ban nhân dân Phường 3 (thành phố Trà Vinh), which absorbed Phường 2 and 6 on 2025-01-01. */
  communeCommittee: 'ubnd-xa-29242',
} as const;

const VALID_FROM = '2021-01-01';
const LAST_DAY_OF_MERGED_WARDS = '2024-12-31';
const LAST_DAY_OF_DISTRICTS = '2025-06-30';

/** Level-2 blocks under H59 (see PROVINCE_CODE). */
const BLOCK = {
  committeeOffice: 1,
  firstDepartment: 2,
  firstDistrict: 21,
  council: 30,
  firstMassOrganisation: 40,
  party: 50,
} as const;

function agencyCode(level2: number, level3 = 0, level4 = 0): string {
  return `${String(level4).padStart(3, '0')}.${String(level3).padStart(2, '0')}.${String(level2).padStart(2, '0')}.${PROVINCE_CODE}`;
}

type Kind = DemoAgency['kind'];

interface SubUnit {
  suffix: string;
  abbreviation: string;
  name: string;
  nameEn: string;
  kind?: Kind;
}

const division = (suffix: string, abbreviation: string, name: string, nameEn: string): SubUnit => ({
  suffix,
  abbreviation,
  name,
  nameEn,
});
const serviceUnit = (suffix: string, abbreviation: string, name: string, nameEn: string): SubUnit => ({
  suffix,
  abbreviation,
  name,
  nameEn,
  kind: 'public_service_unit',
});
const office = division('vp', 'VP', 'Văn phòng', 'Office');
const inspectorate = division('ttra', 'TTr', 'Thanh tra', 'Inspectorate');

interface Department {
  key: string;
  abbreviation: string;
  name: string;
  nameEn: string;
  units: SubUnit[];
}

/** The 19 departments (sở, ban, ngành) in the usual order of the provincial lists. */
const DEPARTMENTS: Department[] = [
  {
    key: 'snv',
    abbreviation: 'SNV',
    name: 'Sở Nội vụ',
    nameEn: 'Department of Home Affairs',
    units: [
      office,
      inspectorate,
      division(
        'p-tcbc',
        'TCBC',
        'Phòng Tổ chức, biên chế và Tổ chức phi chính phủ',
        'Organisation, Staffing and NGO Division',
      ),
      division(
        'p-xdcq',
        'XDCQ',
        'Phòng Xây dựng chính quyền và Công tác thanh niên',
        'Local Government and Youth Affairs Division',
      ),
      division(
        'p-ccvc',
        'CCVC',
        'Phòng Công chức, viên chức',
        'Civil Servants and Public Employees Division',
      ),
      division('p-cchc', 'CCHC', 'Phòng Cải cách hành chính', 'Administrative Reform Division'),
      division('ban-tdkt', 'BTĐKT', 'Ban Thi đua – Khen thưởng', 'Emulation and Commendation Board'),
      division('ban-tg', 'BTG', 'Ban Tôn giáo', 'Religious Affairs Board'),
      division('cc-vtlt', 'CCVTLT', 'Chi cục Văn thư – Lưu trữ', 'Records and Archives Sub-department'),
    ],
  },
  {
    key: 'stp',
    abbreviation: 'STP',
    name: 'Sở Tư pháp',
    nameEn: 'Department of Justice',
    units: [
      office,
      inspectorate,
      division(
        'p-xdktvb',
        'XDKTVB',
        'Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật',
        'Legislation and Legal Document Review Division',
      ),
      division('p-pbgdpl', 'PBGDPL', 'Phòng Phổ biến, giáo dục pháp luật', 'Legal Education Division'),
      division('p-hctp', 'HCTP', 'Phòng Hành chính tư pháp', 'Judicial Administration Division'),
      division('p-bttp', 'BTTP', 'Phòng Bổ trợ tư pháp', 'Judicial Support Division'),
      serviceUnit('tt-tgpl', 'TTTGPL', 'Trung tâm Trợ giúp pháp lý nhà nước', 'State Legal Aid Centre'),
    ],
  },
  {
    key: 'skhdt',
    abbreviation: 'SKHĐT',
    name: 'Sở Kế hoạch và Đầu tư',
    nameEn: 'Department of Planning and Investment',
    units: [
      office,
      inspectorate,
      division('p-thqh', 'THQH', 'Phòng Tổng hợp, quy hoạch', 'General Planning Division'),
      division('p-ktn', 'KTN', 'Phòng Kinh tế ngành', 'Sectoral Economy Division'),
      division('p-dkkd', 'ĐKKD', 'Phòng Đăng ký kinh doanh', 'Business Registration Division'),
      division(
        'p-dttd',
        'ĐTTĐGS',
        'Phòng Đấu thầu, thẩm định và giám sát đầu tư',
        'Procurement, Appraisal and Investment Supervision Division',
      ),
    ],
  },
  {
    key: 'stc',
    abbreviation: 'STC',
    name: 'Sở Tài chính',
    nameEn: 'Department of Finance',
    units: [
      office,
      inspectorate,
      division('p-qlns', 'QLNS', 'Phòng Quản lý ngân sách', 'Budget Management Division'),
      division(
        'p-tchcsn',
        'TCHCSN',
        'Phòng Tài chính hành chính sự nghiệp',
        'Public Administration Finance Division',
      ),
      division('p-tcdt', 'TCĐT', 'Phòng Tài chính đầu tư', 'Investment Finance Division'),
      division('p-qlgcs', 'QLGCS', 'Phòng Quản lý giá và công sản', 'Prices and Public Assets Division'),
      division('p-tcdn', 'TCDN', 'Phòng Tài chính doanh nghiệp', 'Enterprise Finance Division'),
    ],
  },
  {
    key: 'sct',
    abbreviation: 'SCT',
    name: 'Sở Công Thương',
    nameEn: 'Department of Industry and Trade',
    units: [
      office,
      inspectorate,
      division('p-qlcn', 'QLCN', 'Phòng Quản lý công nghiệp', 'Industry Management Division'),
      division('p-qltm', 'QLTM', 'Phòng Quản lý thương mại', 'Trade Management Division'),
      division('p-qlnl', 'QLNL', 'Phòng Quản lý năng lượng', 'Energy Management Division'),
      serviceUnit(
        'tt-kc',
        'TTKC',
        'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp',
        'Industrial Promotion and Consultancy Centre',
      ),
    ],
  },
  {
    key: 'snn',
    abbreviation: 'SNN',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    nameEn: 'Department of Agriculture and Rural Development',
    units: [
      office,
      inspectorate,
      division('p-khtc', 'KHTC', 'Phòng Kế hoạch – Tài chính', 'Planning and Finance Division'),
      division(
        'cc-ttbvtv',
        'CCTTBVTV',
        'Chi cục Trồng trọt và Bảo vệ thực vật',
        'Crop Production and Plant Protection Sub-department',
      ),
      division('cc-cnty', 'CCCNTY', 'Chi cục Chăn nuôi và Thú y', 'Livestock and Veterinary Sub-department'),
      division('cc-ts', 'CCTS', 'Chi cục Thủy sản', 'Fisheries Sub-department'),
      division('cc-kl', 'CCKL', 'Chi cục Kiểm lâm', 'Forest Protection Sub-department'),
      division('cc-tl', 'CCTL', 'Chi cục Thủy lợi', 'Irrigation Sub-department'),
    ],
  },
  {
    key: 'sgtvt',
    abbreviation: 'SGTVT',
    name: 'Sở Giao thông vận tải',
    nameEn: 'Department of Transport',
    units: [
      office,
      inspectorate,
      division(
        'p-qlvt',
        'QLVT',
        'Phòng Quản lý vận tải, phương tiện và người lái',
        'Transport, Vehicles and Drivers Division',
      ),
      division(
        'p-qlkcht',
        'QLKCHT',
        'Phòng Quản lý kết cấu hạ tầng giao thông',
        'Transport Infrastructure Division',
      ),
      division(
        'p-qlcl',
        'QLCL',
        'Phòng Quản lý chất lượng công trình giao thông',
        'Transport Works Quality Division',
      ),
    ],
  },
  {
    key: 'sxd',
    abbreviation: 'SXD',
    name: 'Sở Xây dựng',
    nameEn: 'Department of Construction',
    units: [
      office,
      inspectorate,
      division('p-qhkt', 'QHKT', 'Phòng Quản lý quy hoạch – kiến trúc', 'Planning and Architecture Division'),
      division('p-qlhdxd', 'QLHĐXD', 'Phòng Quản lý hoạt động xây dựng', 'Construction Activities Division'),
      division(
        'p-ptdt',
        'PTĐT',
        'Phòng Phát triển đô thị và hạ tầng kỹ thuật',
        'Urban Development and Technical Infrastructure Division',
      ),
      serviceUnit(
        'tt-kd',
        'TTKĐ',
        'Trung tâm Kiểm định chất lượng xây dựng',
        'Construction Quality Testing Centre',
      ),
    ],
  },
  {
    key: 'stnmt',
    abbreviation: 'STNMT',
    name: 'Sở Tài nguyên và Môi trường',
    nameEn: 'Department of Natural Resources and Environment',
    units: [
      office,
      inspectorate,
      division('p-qldd', 'QLĐĐ', 'Phòng Quản lý đất đai', 'Land Management Division'),
      division(
        'p-tnn',
        'TNN',
        'Phòng Tài nguyên nước, khoáng sản và khí tượng thủy văn',
        'Water, Minerals and Hydrometeorology Division',
      ),
      division('cc-bvmt', 'CCBVMT', 'Chi cục Bảo vệ môi trường', 'Environmental Protection Sub-department'),
      division('cc-bhd', 'CCBHĐ', 'Chi cục Biển và Hải đảo', 'Sea and Islands Sub-department'),
      serviceUnit('vp-dkdd', 'VPĐKĐĐ', 'Văn phòng Đăng ký đất đai', 'Land Registration Office'),
      serviceUnit(
        'tt-qt',
        'TTQT',
        'Trung tâm Quan trắc tài nguyên và môi trường',
        'Environmental Monitoring Centre',
      ),
    ],
  },
  {
    key: 'stttt',
    abbreviation: 'STTTT',
    name: 'Sở Thông tin và Truyền thông',
    nameEn: 'Department of Information and Communications',
    units: [
      office,
      inspectorate,
      division('p-bcvt', 'BCVT', 'Phòng Bưu chính, Viễn thông', 'Posts and Telecommunications Division'),
      division('p-cntt', 'CNTT', 'Phòng Công nghệ thông tin', 'Information Technology Division'),
      division(
        'p-ttbcxb',
        'TTBCXB',
        'Phòng Thông tin – Báo chí – Xuất bản',
        'Information, Press and Publishing Division',
      ),
      serviceUnit(
        'ttcntt',
        'TTCNTT',
        'Trung tâm Công nghệ thông tin và Truyền thông',
        'Information Technology and Communications Centre',
      ),
    ],
  },
  {
    key: 'sldtbxh',
    abbreviation: 'SLĐTBXH',
    name: 'Sở Lao động – Thương binh và Xã hội',
    nameEn: 'Department of Labour, Invalids and Social Affairs',
    units: [
      office,
      inspectorate,
      division('p-ncc', 'NCC', 'Phòng Người có công', 'Meritorious People Division'),
      division(
        'p-ldvl',
        'LĐVL',
        'Phòng Lao động – Việc làm – Giáo dục nghề nghiệp',
        'Labour, Employment and Vocational Training Division',
      ),
      division(
        'p-btxh',
        'BTXH',
        'Phòng Bảo trợ xã hội – Trẻ em – Bình đẳng giới',
        'Social Protection, Children and Gender Equality Division',
      ),
      serviceUnit('tt-dvvl', 'TTDVVL', 'Trung tâm Dịch vụ việc làm', 'Employment Service Centre'),
      serviceUnit('tt-ctxh', 'TTCTXH', 'Trung tâm Công tác xã hội', 'Social Work Centre'),
    ],
  },
  {
    key: 'svhttdl',
    abbreviation: 'SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    nameEn: 'Department of Culture, Sports and Tourism',
    units: [
      office,
      inspectorate,
      division('p-qlvhgd', 'QLVHGĐ', 'Phòng Quản lý văn hóa và Gia đình', 'Culture and Family Division'),
      division('p-qltdtt', 'QLTDTT', 'Phòng Quản lý thể dục thể thao', 'Sports Division'),
      division('p-qldl', 'QLDL', 'Phòng Quản lý du lịch', 'Tourism Division'),
      serviceUnit('bao-tang', 'BTTH', 'Bảo tàng Tổng hợp', 'Provincial Museum'),
      serviceUnit('thu-vien', 'TV', 'Thư viện tỉnh', 'Provincial Library'),
      serviceUnit(
        'doan-nt-khmer',
        'ĐNTK',
        'Đoàn Nghệ thuật Khmer Ánh Bình Minh',
        'Ánh Bình Minh Khmer Art Troupe',
      ),
    ],
  },
  {
    key: 'skhcn',
    abbreviation: 'SKHCN',
    name: 'Sở Khoa học và Công nghệ',
    nameEn: 'Department of Science and Technology',
    units: [
      office,
      inspectorate,
      division('p-qlkh', 'QLKH', 'Phòng Quản lý khoa học', 'Science Management Division'),
      division(
        'p-qlcn',
        'QLCN',
        'Phòng Quản lý công nghệ và Sở hữu trí tuệ',
        'Technology and Intellectual Property Division',
      ),
      division(
        'cc-tdc',
        'CCTĐC',
        'Chi cục Tiêu chuẩn Đo lường Chất lượng',
        'Standards, Metrology and Quality Sub-department',
      ),
    ],
  },
  {
    key: 'sgddt',
    abbreviation: 'SGDĐT',
    name: 'Sở Giáo dục và Đào tạo',
    nameEn: 'Department of Education and Training',
    units: [
      office,
      inspectorate,
      division('p-gdtrh', 'GDTrH', 'Phòng Giáo dục Trung học', 'Secondary Education Division'),
      division(
        'p-gdmnth',
        'GDMNTH',
        'Phòng Giáo dục Mầm non và Tiểu học',
        'Pre-school and Primary Education Division',
      ),
      division(
        'p-gdtxcn',
        'GDTXCN',
        'Phòng Giáo dục thường xuyên – Chuyên nghiệp',
        'Continuing and Professional Education Division',
      ),
      division(
        'p-ktkd',
        'KTKĐ',
        'Phòng Khảo thí và Kiểm định chất lượng giáo dục',
        'Examinations and Quality Assurance Division',
      ),
    ],
  },
  {
    key: 'syt',
    abbreviation: 'SYT',
    name: 'Sở Y tế',
    nameEn: 'Department of Health',
    units: [
      office,
      inspectorate,
      division('p-nvy', 'NVY', 'Phòng Nghiệp vụ Y', 'Medical Affairs Division'),
      division('p-nvd', 'NVD', 'Phòng Nghiệp vụ Dược', 'Pharmaceutical Affairs Division'),
      division('p-tccb', 'TCCB', 'Phòng Tổ chức cán bộ', 'Personnel Division'),
      division('p-khtc', 'KHTC', 'Phòng Kế hoạch – Tài chính', 'Planning and Finance Division'),
      division(
        'cc-ds',
        'CCDS',
        'Chi cục Dân số – Kế hoạch hóa gia đình',
        'Population and Family Planning Sub-department',
      ),
      division('cc-atvstp', 'CCATVSTP', 'Chi cục An toàn vệ sinh thực phẩm', 'Food Safety Sub-department'),
    ],
  },
  {
    key: 'sngv',
    abbreviation: 'SNgV',
    name: 'Sở Ngoại vụ',
    nameEn: 'Department of Foreign Affairs',
    units: [
      office,
      division(
        'p-ls',
        'LS',
        'Phòng Lãnh sự – Người Việt Nam ở nước ngoài',
        'Consular and Overseas Vietnamese Division',
      ),
      division('p-htqt', 'HTQT', 'Phòng Hợp tác quốc tế', 'International Cooperation Division'),
    ],
  },
  {
    key: 'ttt',
    abbreviation: 'TTr',
    name: 'Thanh tra tỉnh',
    nameEn: 'Provincial Inspectorate',
    units: [
      office,
      division('p-nv1', 'NV1', 'Phòng Nghiệp vụ 1', 'Inspection Division 1'),
      division('p-nv2', 'NV2', 'Phòng Nghiệp vụ 2', 'Inspection Division 2'),
      division('p-nv3', 'NV3', 'Phòng Nghiệp vụ 3', 'Inspection Division 3'),
      division(
        'p-tcd',
        'TCD',
        'Phòng Tiếp công dân và Xử lý đơn thư',
        'Citizen Reception and Petitions Division',
      ),
    ],
  },
  {
    key: 'bdt',
    abbreviation: 'BDT',
    name: 'Ban Dân tộc',
    nameEn: 'Ethnic Minorities Committee',
    units: [office, inspectorate, division('p-cs', 'CS', 'Phòng Chính sách', 'Ethnic Policy Division')],
  },
  {
    key: 'bqlkkt',
    abbreviation: 'BQLKKT',
    name: 'Ban Quản lý Khu kinh tế',
    nameEn: 'Economic Zone Authority',
    units: [
      office,
      division('p-qldt', 'QLĐT', 'Phòng Quản lý đầu tư', 'Investment Management Division'),
      division(
        'p-qlqhxd',
        'QLQHXD',
        'Phòng Quản lý quy hoạch và xây dựng',
        'Planning and Construction Division',
      ),
      division('p-qldn', 'QLDN', 'Phòng Quản lý doanh nghiệp', 'Enterprise Management Division'),
    ],
  },
];

const COMMITTEE_OFFICE_UNITS: SubUnit[] = [
  division('p-hctc', 'HCTC', 'Phòng Hành chính – Tổ chức', 'Administration and Personnel Division'),
  division('p-th', 'TH', 'Phòng Tổng hợp', 'General Affairs Division'),
  division('p-kt', 'KT', 'Phòng Kinh tế', 'Economic Division'),
  division('p-cnxd', 'CNXD', 'Phòng Công nghiệp – Xây dựng', 'Industry and Construction Division'),
  division('p-kgvx', 'KGVX', 'Phòng Khoa giáo – Văn xã', 'Education, Culture and Social Affairs Division'),
  division('p-nc', 'NC', 'Phòng Nội chính', 'Internal Affairs Division'),
  division('p-qttv', 'QTTV', 'Phòng Quản trị – Tài vụ', 'Facilities and Accounts Division'),
  division('ban-tcd', 'BTCD', 'Ban Tiếp công dân tỉnh', 'Provincial Citizen Reception Board'),
  serviceUnit(
    'tt-pvhcc',
    'TTPVHCC',
    'Trung tâm Phục vụ hành chính công',
    'Public Administration Service Centre',
  ),
];

/** Mặt trận and mass organisations; the Federation of Labour has no district branch in this directory. */
const MASS_ORGANISATIONS: {
  suffix: string;
  abbreviation: string;
  province: string;
  nameEn: string;
  inDistricts: boolean;
}[] = [
  {
    suffix: 'mttq',
    abbreviation: 'MTTQ',
    province: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    nameEn: 'Vietnam Fatherland Front Committee',
    inDistricts: true,
  },
  {
    suffix: 'ldld',
    abbreviation: 'LĐLĐ',
    province: 'Liên đoàn Lao động',
    nameEn: 'Federation of Labour',
    inDistricts: false,
  },
  {
    suffix: 'doan',
    abbreviation: 'TĐ',
    province: 'Tỉnh đoàn',
    nameEn: 'Ho Chi Minh Communist Youth Union',
    inDistricts: true,
  },
  {
    suffix: 'hlhpn',
    abbreviation: 'HLHPN',
    province: 'Hội Liên hiệp Phụ nữ',
    nameEn: "Women's Union",
    inDistricts: true,
  },
  {
    suffix: 'hnd',
    abbreviation: 'HND',
    province: 'Hội Nông dân',
    nameEn: "Farmers' Union",
    inDistricts: true,
  },
  {
    suffix: 'hccb',
    abbreviation: 'HCCB',
    province: 'Hội Cựu chiến binh',
    nameEn: "Veterans' Association",
    inDistricts: true,
  },
];

const PARTY_BOARDS: SubUnit[] = [
  {
    suffix: 'vp',
    abbreviation: 'VPTU',
    name: 'Văn phòng Tỉnh ủy',
    nameEn: 'Office of the Provincial Party Committee',
    kind: 'committee_office',
  },
  {
    suffix: 'btc',
    abbreviation: 'BTCTU',
    name: 'Ban Tổ chức Tỉnh ủy',
    nameEn: 'Organisation Board of the Provincial Party Committee',
    kind: 'party',
  },
  {
    suffix: 'btg',
    abbreviation: 'BTGTU',
    name: 'Ban Tuyên giáo Tỉnh ủy',
    nameEn: 'Propaganda and Education Board of the Provincial Party Committee',
    kind: 'party',
  },
  {
    suffix: 'bdv',
    abbreviation: 'BDVTU',
    name: 'Ban Dân vận Tỉnh ủy',
    nameEn: 'Mass Mobilisation Board of the Provincial Party Committee',
    kind: 'party',
  },
  {
    suffix: 'ubkt',
    abbreviation: 'UBKTTU',
    name: 'Ủy ban Kiểm tra Tỉnh ủy',
    nameEn: 'Inspection Commission of the Provincial Party Committee',
    kind: 'party',
  },
  {
    suffix: 'bnc',
    abbreviation: 'BNCTU',
    name: 'Ban Nội chính Tỉnh ủy',
    nameEn: 'Internal Affairs Board of the Provincial Party Committee',
    kind: 'party',
  },
  {
    suffix: 'dukcq',
    abbreviation: 'ĐUK',
    name: 'Đảng ủy Khối các cơ quan tỉnh',
    nameEn: 'Party Committee of Provincial Agencies',
    kind: 'party',
  },
];

type District = (typeof TRAVINH_UNITS_2021)[number];

const isUrban = (d: District) => d.type !== 'huyện';

/** "huyện Càng Long", "thành phố Trà Vinh": the type is lower-case inside a longer name. */
const inName = (unit: { type: string; name: string; full_name: string }) =>
  /^\d+$/.test(unit.name) ? unit.full_name : `${unit.type} ${unit.name}`;

/** The 12 divisions of a district People's Committee (Decree 37/2014/NĐ-CP as amended by 108/2020/NĐ-CP). */
function districtDivisions(d: District): SubUnit[] {
  const common: SubUnit[] = [
    division('p-nv', 'PNV', 'Phòng Nội vụ', 'Home Affairs Division'),
    division('p-tp', 'PTP', 'Phòng Tư pháp', 'Justice Division'),
    division('p-tckh', 'PTCKH', 'Phòng Tài chính – Kế hoạch', 'Finance and Planning Division'),
    division(
      'p-tnmt',
      'PTNMT',
      'Phòng Tài nguyên và Môi trường',
      'Natural Resources and Environment Division',
    ),
    division(
      'p-ldtbxh',
      'PLĐTBXH',
      'Phòng Lao động – Thương binh và Xã hội',
      'Labour, Invalids and Social Affairs Division',
    ),
    division('p-vhtt', 'PVHTT', 'Phòng Văn hóa và Thông tin', 'Culture and Information Division'),
    division('p-gddt', 'PGDĐT', 'Phòng Giáo dục và Đào tạo', 'Education and Training Division'),
    division('p-yt', 'PYT', 'Phòng Y tế', 'Health Division'),
    division('ttra', 'TTr', 'Thanh tra', 'Inspectorate'),
    division('p-dt', 'PDT', 'Phòng Dân tộc', 'Ethnic Affairs Division'),
  ];
  const byType: SubUnit[] = isUrban(d)
    ? [
        division('p-kt', 'PKT', 'Phòng Kinh tế', 'Economic Division'),
        division('p-qldt', 'PQLĐT', 'Phòng Quản lý đô thị', 'Urban Management Division'),
      ]
    : [
        division(
          'p-nn',
          'PNN',
          'Phòng Nông nghiệp và Phát triển nông thôn',
          'Agriculture and Rural Development Division',
        ),
        division('p-ktht', 'PKTHT', 'Phòng Kinh tế và Hạ tầng', 'Economy and Infrastructure Division'),
      ];
  return [...common, ...byType];
}

const DISTRICT_SERVICE_UNITS: SubUnit[] = [
  serviceUnit(
    'tt-vhtttt',
    'TTVHTTTT',
    'Trung tâm Văn hóa, Thông tin và Thể thao',
    'Culture, Information and Sports Centre',
  ),
  serviceUnit(
    'bql-da',
    'BQLDA',
    'Ban Quản lý dự án đầu tư xây dựng',
    'Construction Investment Project Management Board',
  ),
  serviceUnit('tt-dvnn', 'TTDVNN', 'Trung tâm Dịch vụ nông nghiệp', 'Agricultural Services Centre'),
  serviceUnit('tt-ptqd', 'TTPTQĐ', 'Trung tâm Phát triển quỹ đất', 'Land Fund Development Centre'),
  serviceUnit(
    'tt-gdnn',
    'TTGDNN-GDTX',
    'Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên',
    'Vocational and Continuing Education Centre',
  ),
];

/** Units of the city and the district-level town only. */
const URBAN_SERVICE_UNITS: SubUnit[] = [
  serviceUnit('doi-qlttdt', 'ĐQLTTĐT', 'Đội Quản lý trật tự đô thị', 'Urban Order Team'),
  serviceUnit('bql-cho', 'BQLC', 'Ban Quản lý chợ', 'Market Management Board'),
  serviceUnit('bql-ctcc', 'BQLCTCC', 'Ban Quản lý Công trình công cộng', 'Public Works Board'),
  serviceUnit(
    'ban-bt-gpmb',
    'BBTGPMB',
    'Ban Bồi thường, giải phóng mặt bằng',
    'Compensation and Site Clearance Board',
  ),
];

/** District Party committee: Thành ủy (city), Thị ủy (town), Huyện ủy; abbreviations as in Party symbols. */
function districtPartyCommittee(d: District): {
  key: string;
  abbreviation: string;
  name: string;
  nameEn: string;
} {
  if (d.type === 'thành phố') {
    return {
      key: `thanh-uy-${d.code}`,
      abbreviation: 'ThU',
      name: `Thành ủy ${d.name}`,
      nameEn: `${d.name_en} City Party Committee`,
    };
  }
  if (d.type === 'thị xã') {
    return {
      key: `thi-uy-${d.code}`,
      abbreviation: 'TU',
      name: `Thị ủy ${d.name}`,
      nameEn: `${d.name_en} Town Party Committee`,
    };
  }
  return {
    key: `huyen-uy-${d.code}`,
    abbreviation: 'HU',
    name: `Huyện ủy ${d.name}`,
    nameEn: `${d.name_en} District Party Committee`,
  };
}

/** Youth union at district level is named after the district type. */
function youthUnionName(d: District): string {
  const prefix = d.type === 'thành phố' ? 'Thành đoàn' : d.type === 'thị xã' ? 'Thị đoàn' : 'Huyện đoàn';
  return `${prefix} ${d.name}`;
}

export function buildDemoDirectory(): DemoAgency[] {
  const list: DemoAgency[] = [];
  const add = (agency: Omit<DemoAgency, 'validFrom' | 'validTo'> & { validTo?: string | null }) => {
    list.push({
      ...agency,
      name: agency.name.normalize('NFC'),
      nameEn: agency.nameEn?.normalize('NFC') ?? null,
      abbreviation: agency.abbreviation.normalize('NFC'),
      validFrom: VALID_FROM,
      validTo: agency.validTo ?? null,
    });
  };
  const province = TRAVINH_UNITS_2021.find((u) => u.level === 'province')!;
  const districts = TRAVINH_UNITS_2021.filter((u) => u.level === 'district');
  const communes = TRAVINH_UNITS_2021.filter((u) => u.level === 'commune');
  const inProvince = `tỉnh ${province.name}`;
  const state = { sector: 'state' as const, usesDocumentManagement: true };

  // Province level (155 units on iOffice).
  add({
    key: DEMO_AGENCY_KEYS.provinceCommittee,
    parentKey: null,
    code: agencyCode(0),
    abbreviation: 'UBND',
    name: `Ủy ban nhân dân ${inProvince}`,
    nameEn: `${province.name_en} Provincial People's Committee`,
    kind: 'people_committee',
    level: 'province',
    ...state,
    adminUnitCode: province.code,
    onPrivateNetwork: false,
  });
  add({
    key: DEMO_AGENCY_KEYS.committeeOffice,
    parentKey: DEMO_AGENCY_KEYS.provinceCommittee,
    code: agencyCode(BLOCK.committeeOffice),
    abbreviation: 'VP',
    name: `Văn phòng Ủy ban nhân dân ${inProvince}`,
    nameEn: `Office of the ${province.name_en} Provincial People's Committee`,
    kind: 'committee_office',
    level: 'province',
    ...state,
    adminUnitCode: province.code,
    onPrivateNetwork: false,
  });
  COMMITTEE_OFFICE_UNITS.forEach((u, i) => {
    add({
      key: `${DEMO_AGENCY_KEYS.committeeOffice}-${u.suffix}`,
      parentKey: DEMO_AGENCY_KEYS.committeeOffice,
      code: agencyCode(BLOCK.committeeOffice, i + 1),
      abbreviation: u.abbreviation,
      name: u.name,
      nameEn: u.nameEn,
      kind: u.kind ?? 'division',
      level: 'province',
      ...state,
      adminUnitCode: province.code,
      onPrivateNetwork: false,
    });
  });
  add({
    key: 'hdnd-tinh',
    parentKey: null,
    code: agencyCode(BLOCK.council),
    abbreviation: 'HĐND',
    name: `Hội đồng nhân dân ${inProvince}`,
    nameEn: `${province.name_en} Provincial People's Council`,
    kind: 'people_council',
    level: 'province',
    ...state,
    adminUnitCode: province.code,
    onPrivateNetwork: false,
  });
  add({
    key: 'vp-doan-dbqh-hdnd-tinh',
    parentKey: 'hdnd-tinh',
    code: agencyCode(BLOCK.council, 1),
    abbreviation: 'VPĐĐBQH&HĐND',
    name: `Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân ${inProvince}`,
    nameEn: `Office of the National Assembly Delegation and People's Council of ${province.name_en}`,
    kind: 'committee_office',
    level: 'province',
    ...state,
    adminUnitCode: province.code,
    onPrivateNetwork: false,
  });
  DEPARTMENTS.forEach((dept, i) => {
    const level2 = BLOCK.firstDepartment + i;
    add({
      key: dept.key,
      parentKey: DEMO_AGENCY_KEYS.provinceCommittee,
      code: agencyCode(level2),
      abbreviation: dept.abbreviation,
      name: `${dept.name} ${inProvince}`,
      nameEn: `${province.name_en} ${dept.nameEn}`,
      kind: 'department',
      level: 'province',
      ...state,
      adminUnitCode: province.code,
      onPrivateNetwork: true,
    });
    dept.units.forEach((u, j) => {
      add({
        key: `${dept.key}-${u.suffix}`,
        parentKey: dept.key,
        code: agencyCode(level2, j + 1),
        abbreviation: u.abbreviation,
        // "Văn phòng Sở Nội vụ", "Thanh tra Sở Nội vụ"; other units "Phòng … – Sở …".
        name: u === office || u === inspectorate ? `${u.name} ${dept.name}` : `${u.name} – ${dept.name}`,
        nameEn: `${u.nameEn}, ${dept.nameEn}`,
        kind: u.kind ?? 'division',
        level: 'province',
        ...state,
        adminUnitCode: province.code,
        onPrivateNetwork: false,
      });
    });
  });

  // Mặt trận and mass organisations: in the political system led by the Party (the directory's two-valued
  // sector puts them with it); they work on the State iOffice at province and district level (assumed).
  const massKey = (suffix: string) => `${suffix}-tinh`;
  MASS_ORGANISATIONS.forEach((m, i) => {
    add({
      key: massKey(m.suffix),
      parentKey: null,
      code: agencyCode(BLOCK.firstMassOrganisation + i),
      abbreviation: m.abbreviation,
      // "Tỉnh đoàn Trà Vinh", not "Tỉnh đoàn tỉnh Trà Vinh".
      name: m.suffix === 'doan' ? `${m.province} ${province.name}` : `${m.province} ${inProvince}`,
      nameEn: `${province.name_en} ${m.nameEn}`,
      kind: 'mass_organisation',
      level: 'province',
      sector: 'party',
      adminUnitCode: province.code,
      usesDocumentManagement: true,
      onPrivateNetwork: false,
    });
  });

  // Party (not on the State iOffice). 16 on the private network.
  add({
    key: 'tinh-uy',
    parentKey: null,
    code: agencyCode(BLOCK.party),
    abbreviation: 'TU',
    name: `Tỉnh ủy ${province.name}`,
    nameEn: `${province.name_en} Provincial Party Committee`,
    kind: 'party',
    level: 'province',
    sector: 'party',
    adminUnitCode: province.code,
    usesDocumentManagement: false,
    onPrivateNetwork: true,
  });
  PARTY_BOARDS.forEach((b, i) => {
    add({
      key: `tinh-uy-${b.suffix}`,
      parentKey: 'tinh-uy',
      code: agencyCode(BLOCK.party, i + 1),
      abbreviation: b.abbreviation,
      name: b.name,
      nameEn: b.nameEn,
      kind: b.kind ?? 'party',
      level: 'province',
      sector: 'party',
      adminUnitCode: province.code,
      usesDocumentManagement: false,
      // The office shares the Provincial Party Committee's connection.
      onPrivateNetwork: b.kind !== 'committee_office',
    });
  });

  // District level (330 units on iOffice), closed when the district level was abolished.
  const closedWithDistricts = { validTo: LAST_DAY_OF_DISTRICTS };
  districts.forEach((d, i) => {
    const level2 = BLOCK.firstDistrict + i;
    const committeeKey = `ubnd-huyen-${d.code}`;
    const where = inName(d);
    const whereEn = d.full_name_en;
    add({
      key: committeeKey,
      parentKey: DEMO_AGENCY_KEYS.provinceCommittee,
      code: agencyCode(level2),
      abbreviation: 'UBND',
      name: `Ủy ban nhân dân ${where}`,
      nameEn: `${whereEn} People's Committee`,
      kind: 'people_committee',
      level: 'district',
      ...state,
      adminUnitCode: d.code,
      onPrivateNetwork: true,
      ...closedWithDistricts,
    });
    const districtUnits: SubUnit[] = [
      {
        suffix: 'vp',
        abbreviation: 'VP',
        name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
        nameEn: "Office of the People's Council and People's Committee",
        kind: 'committee_office',
      },
      ...districtDivisions(d),
      ...DISTRICT_SERVICE_UNITS,
      ...(isUrban(d) ? URBAN_SERVICE_UNITS : []),
    ];
    const educationKey = `${committeeKey}-p-gddt`;
    let educationLevel3 = 0;
    districtUnits.forEach((u, j) => {
      if (`${committeeKey}-${u.suffix}` === educationKey) educationLevel3 = j + 1;
      add({
        key: `${committeeKey}-${u.suffix}`,
        parentKey: committeeKey,
        code: agencyCode(level2, j + 1),
        abbreviation: u.abbreviation,
        name: `${u.name} ${where}`,
        nameEn: `${u.nameEn}, ${whereEn}`,
        kind: u.kind ?? 'division',
        level: 'district',
        ...state,
        adminUnitCode: d.code,
        onPrivateNetwork: false,
        ...closedWithDistricts,
      });
    });
    MASS_ORGANISATIONS.forEach((m, k) => {
      if (!m.inDistricts) return;
      add({
        key: `${m.suffix}-huyen-${d.code}`,
        parentKey: massKey(m.suffix),
        code: agencyCode(BLOCK.firstMassOrganisation + k, i + 1),
        abbreviation: m.suffix === 'doan' ? 'HĐ' : m.abbreviation,
        name: m.suffix === 'doan' ? youthUnionName(d) : `${m.province} ${where}`,
        nameEn: `${whereEn} ${m.nameEn}`,
        kind: 'mass_organisation',
        level: 'district',
        sector: 'party',
        adminUnitCode: d.code,
        usesDocumentManagement: true,
        onPrivateNetwork: false,
        ...closedWithDistricts,
      });
    });
    const party = districtPartyCommittee(d);
    add({
      key: party.key,
      parentKey: 'tinh-uy',
      code: agencyCode(BLOCK.party, 11 + i),
      abbreviation: party.abbreviation,
      name: party.name,
      nameEn: party.nameEn,
      kind: 'party',
      level: 'district',
      sector: 'party',
      adminUnitCode: d.code,
      usesDocumentManagement: false,
      onPrivateNetwork: true,
      ...closedWithDistricts,
    });

    // Commune People's Committees (106 on iOffice) and one lower-secondary school per commune.
    const own = communes.filter((c) => c.parent_code === d.code);
    own.forEach((c, k) => {
      // Numbered wards repeat across districts (Phường 1 of the city and of the town): name the district.
      const numbered = /^\d+$/.test(c.name);
      const communeName = numbered ? `${c.full_name}, ${where}` : inName(c);
      const communeNameEn = numbered ? `${c.full_name_en}, ${whereEn}` : c.full_name_en;
      add({
        key: `ubnd-xa-${c.code}`,
        parentKey: committeeKey,
        code: agencyCode(level2, 31 + k),
        abbreviation: 'UBND',
        name: `Ủy ban nhân dân ${communeName}`,
        nameEn: numbered ? `People's Committee of ${communeNameEn}` : `${communeNameEn} People's Committee`,
        kind: 'people_committee',
        level: 'commune',
        ...state,
        adminUnitCode: c.code,
        onPrivateNetwork: true,
        validTo: c.abolished ? LAST_DAY_OF_MERGED_WARDS : null,
      });
      add({
        key: `thcs-${c.code}`,
        parentKey: educationKey,
        code: agencyCode(level2, educationLevel3, k + 1),
        abbreviation: 'THCS',
        name: `Trường Trung học cơ sở ${communeName}`,
        nameEn: numbered
          ? `Lower Secondary School, ${communeNameEn}`
          : `${communeNameEn} Lower Secondary School`,
        kind: 'public_service_unit',
        level: 'district',
        ...state,
        adminUnitCode: c.code,
        onPrivateNetwork: false,
        ...closedWithDistricts,
      });
    });
  });
  return list;
}
