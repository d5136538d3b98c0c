import { addLocalDays, localInstant } from '@openprovince/platform/time';
import type { PostCategory, PostLanguage, PostSite } from '../contracts/index.ts';

/** The report's figures to 30/06/2021 (Sở TT&TT Trà Vinh): "324 tin, bài tiếng Việt, 138 tin, bài tiếng Khmer". */
export const PORTAL_REPORT_2021 = { from: '2021-01-01', to: '2021-06-30', vi: 324, km: 138 } as const;

export interface DemoPost {
  agencyKey: string;
  site: PostSite;
  language: PostLanguage;
  category: PostCategory;
  /** Vietnam wall time, published. */
  publishedAt: string;
  title: string;
  summary: string;
  body: string;
}

/**
 * A handful of written posts, in Vietnamese and in Khmer, about what the portal really carried in 2021:
 * Khmer New Year (Chôl Chnăm Thmây) greetings, Covid-19 vaccination, Sen Dolta, Ok Om Bok. The Khmer texts
 * are short and plain on purpose; one keeps the ZWSP (U+200B) an editor typed between words.
 */
export const DEMO_POSTS: DemoPost[] = [
  {
    agencyKey: 'stttt',
    site: 'province',
    language: 'vi',
    category: 'administration',
    publishedAt: '2021-03-15T08:00:00+07:00',
    title: 'Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công tỉnh Trà Vinh',
    summary:
      'Người dân, doanh nghiệp có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả mà không phải đến cơ quan.',
    body: 'Từ năm 2021, nhiều thủ tục hành chính của tỉnh được cung cấp trực tuyến mức độ 3 và 4.\n\n## Các bước thực hiện\n\nTra cứu thủ tục, điền tờ khai điện tử, đính kèm thành phần hồ sơ và nộp. Mã hồ sơ được gửi qua tin nhắn để tra cứu tình trạng giải quyết.',
  },
  {
    agencyKey: 'ubnd-tinh',
    site: 'province',
    language: 'vi',
    category: 'culture',
    publishedAt: '2021-04-12T08:00:00+07:00',
    title: 'Thư chúc mừng Tết cổ truyền Chôl Chnăm Thmây năm 2021',
    summary: 'Chủ tịch UBND tỉnh gửi lời chúc mừng đồng bào Khmer nhân dịp Tết cổ truyền Chôl Chnăm Thmây.',
    body: 'Nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2021, thay mặt Ủy ban nhân dân tỉnh, xin gửi đến các vị sư sãi, đồng bào Khmer trong tỉnh lời chúc sức khỏe, an vui và hạnh phúc.\n\nĐề nghị bà con vui Tết an toàn, thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19.',
  },
  {
    agencyKey: 'ubnd-tinh',
    site: 'province',
    language: 'km',
    category: 'culture',
    publishedAt: '2021-04-12T08:30:00+07:00',
    title: 'សារលិខិតជូនពរ ឱកាសបុណ្យចូលឆ្នាំថ្មី ប្រពៃណីជាតិខ្មែរ ឆ្នាំ២០២១',
    summary: 'គណៈកម្មាធិការប្រជាជនខេត្តត្រាវិញ សូមជូនពរបងប្អូនជនជាតិខ្មែរ ឱកាសបុណ្យចូលឆ្នាំថ្មី។',
    body: 'ក្នុងឱកាសបុណ្យចូលឆ្នាំថ្មី ប្រពៃណីជាតិខ្មែរ ឆ្នាំ២០២១ សូមជូនពរព្រះសង្ឃ និងបងប្អូនជនជាតិខ្មែរទាំងអស់ ឱ្យមានសុខភាពល្អ និងសេចក្តីសុខ។\n\nសូមបងប្អូនប្រារព្ធពិធីបុណ្យដោយសុវត្ថិភាព និងអនុវត្តវិធានការការពារជំងឺកូវីដ-១៩។',
  },
  {
    agencyKey: 'syt',
    site: 'component',
    language: 'vi',
    category: 'health',
    publishedAt: '2021-06-21T08:00:00+07:00',
    title: 'Trà Vinh triển khai tiêm vắc-xin phòng Covid-19 đợt 3',
    summary: 'Sở Y tế thông báo kế hoạch tiêm vắc-xin phòng Covid-19 cho các nhóm ưu tiên.',
    body: 'Đợt này ưu tiên lực lượng tuyến đầu, người từ 65 tuổi trở lên và người có bệnh nền.\n\nNgười được tiêm mang theo căn cước công dân, đeo khẩu trang và giữ khoảng cách tại điểm tiêm.',
  },
  {
    agencyKey: 'syt',
    site: 'component',
    language: 'km',
    category: 'health',
    publishedAt: '2021-06-21T08:30:00+07:00',
    title: 'សេចក្តីជូនដំណឹងអំពីការចាក់វ៉ាក់សាំងការពារជំងឺកូវីដ-១៩',
    summary: 'មន្ទីរសុខាភិបាលខេត្តត្រាវិញ ជូនដំណឹងអំពីការចាក់វ៉ាក់សាំងការពារជំងឺកូវីដ-១៩។',
    body: 'ប្រជាជនដែលមានអាយុចាប់ពី ៦៥ ឆ្នាំឡើងទៅ សូមចុះឈ្មោះនៅគណៈកម្មាធិការប្រជាជនឃុំ ឬសង្កាត់។\n\nសូមយកអត្តសញ្ញាណប័ណ្ណមកជាមួយ ហើយពាក់ម៉ាស់ពេលមកចាក់វ៉ាក់សាំង។',
  },
  {
    agencyKey: 'svhttdl',
    site: 'component',
    language: 'km',
    category: 'culture',
    publishedAt: '2021-10-04T08:00:00+07:00',
    title: 'ពិធីបុណ្យសែនដូនតា ឆ្នាំ២០២១',
    summary: 'បុណ្យសែនដូនតា ជាពិធីបុណ្យប្រពៃណីដ៏សំខាន់របស់ជនជាតិខ្មែរ។',
    // The editor typed ZWSP (U+200B) between words to help line breaking: it is kept as written.
    body: 'បុណ្យ\u200bសែន\u200bដូនតា ជា\u200bពិធី\u200bបុណ្យ\u200bប្រពៃណី\u200bដ៏\u200bសំខាន់\u200bរបស់\u200bជនជាតិ\u200bខ្មែរ ដើម្បី\u200bរំលឹក\u200bគុណ\u200bដូនតា។\n\nឆ្នាំនេះ សូមបងប្អូនប្រារព្ធពិធីបុណ្យនៅផ្ទះ និងនៅវត្ត តាមវិធានការការពារជំងឺកូវីដ-១៩។',
  },
  {
    agencyKey: 'svhttdl',
    site: 'component',
    language: 'vi',
    category: 'culture',
    publishedAt: '2021-10-04T08:30:00+07:00',
    title: 'Lễ Sen Dolta năm 2021: đồng bào Khmer tổ chức tại gia đình và chùa',
    summary: 'Lễ Sen Dolta năm nay được tổ chức gọn nhẹ, bảo đảm phòng, chống dịch.',
    body: 'Sen Dolta là lễ báo hiếu ông bà, tổ tiên của đồng bào Khmer.\n\nNăm 2021, các chùa Khmer trong tỉnh tổ chức lễ trong phạm vi nhỏ, không tập trung đông người.',
  },
  {
    agencyKey: 'bdt',
    site: 'component',
    language: 'km',
    category: 'culture',
    publishedAt: '2021-11-19T08:00:00+07:00',
    title: 'ពិធីបុណ្យអកអំបុក សំពះព្រះខែ ឆ្នាំ២០២១ នៅខេត្តត្រាវិញ',
    summary: 'ពិធីបុណ្យអកអំបុក ឆ្នាំនេះ រៀបចំក្នុងទ្រង់ទ្រាយតូច។',
    body: 'ពិធីបុណ្យអកអំបុក ប្រារព្ធឡើងនៅថ្ងៃពេញបូណ៌មី ខែកត្តិក ដើម្បីសំពះព្រះខែ។\n\nដោយសារស្ថានភាពជំងឺកូវីដ-១៩ ឆ្នាំនេះ ពិធីបុណ្យរៀបចំក្នុងទ្រង់ទ្រាយតូច។',
  },
  {
    agencyKey: 'bdt',
    site: 'component',
    language: 'vi',
    category: 'culture',
    publishedAt: '2021-11-19T08:30:00+07:00',
    title: 'Lễ hội Ok Om Bok năm 2021 tổ chức với quy mô nhỏ',
    summary: 'Lễ cúng trăng Ok Om Bok được tổ chức trang trọng, gọn nhẹ do tình hình dịch bệnh.',
    body: 'Lễ Ok Om Bok (lễ cúng trăng) diễn ra vào đêm rằm tháng 10 âm lịch.\n\nDo tình hình dịch Covid-19, năm nay không tổ chức giải đua ghe Ngo.',
  },
];

const VI_TOPICS = [
  'Hoạt động cải cách hành chính',
  'Chuyển đổi số ở cơ sở',
  'Phòng, chống dịch Covid-19',
  'Phát triển kinh tế nông thôn',
  'Bầu cử đại biểu Quốc hội và HĐND các cấp',
];
const KM_TOPICS = ['កំណែទម្រង់រដ្ឋបាល', 'ការបង្ការជំងឺកូវីដ-១៩', 'ការអភិវឌ្ឍន៍ជនបទ'];
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const khmerNumber = (n: number) => String(n).replace(/\d/g, (d) => KHMER_DIGITS[Number(d)]!);

/**
 * Numbered demo posts that bring the first half of 2021 to the report's counts, spread evenly over the
 * days from 01/01 to 30/06 (Vietnam time). Their titles say they are demo data.
 */
export function generatedPosts(input: { vi: number; km: number }): DemoPost[] {
  const out: DemoPost[] = [];
  const days = 181;
  // In the morning, from 07:00 local time, a minute apart.
  const spread = (i: number, n: number) =>
    localInstant(
      addLocalDays('2021-01-01', Math.floor((i * days) / n)),
      `07:${String(i % 50).padStart(2, '0')}`,
    ).toISOString();
  for (let i = 0; i < input.vi; i++) {
    const topic = VI_TOPICS[i % VI_TOPICS.length]!;
    out.push({
      agencyKey: i % 3 === 0 ? 'ubnd-tinh' : 'stttt',
      site: i % 3 === 0 ? 'province' : 'component',
      language: 'vi',
      category: i % 2 ? 'news' : 'administration',
      publishedAt: spread(i, input.vi),
      title: `Tin mẫu số ${i + 1}: ${topic}`,
      summary: `Tin, bài mẫu (dữ liệu minh họa) về chủ đề ${topic.toLowerCase()}.`,
      body: `Đây là tin, bài mẫu số ${i + 1}, tạo tự động để tái hiện số liệu 6 tháng đầu năm 2021 của Cổng thông tin điện tử tỉnh.`,
    });
  }
  for (let i = 0; i < input.km; i++) {
    const topic = KM_TOPICS[i % KM_TOPICS.length]!;
    out.push({
      agencyKey: 'bdt',
      site: 'component',
      language: 'km',
      category: 'news',
      publishedAt: spread(i, input.km),
      title: `ព័ត៌មានគំរូ លេខ${khmerNumber(i + 1)}៖ ${topic}`,
      summary: `ព័ត៌មានគំរូ (ទិន្នន័យសាកល្បង) អំពី${topic}។`,
      body: `នេះជាព័ត៌មានគំរូ លេខ${khmerNumber(i + 1)} សម្រាប់បង្ហាញទិន្នន័យ ឆមាសទី១ ឆ្នាំ២០២១។`,
    });
  }
  return out;
}
