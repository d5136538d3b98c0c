import { tetReason } from './lunar-labels.ts';
import type {
  BilingualNote,
  Certainty,
  ScheduledDayOff,
  ScheduledExtraWorkingDay,
  YearSchedule,
} from './types.ts';

/**
 * The schedules actually announced for civil servants and public employees (cán bộ, công chức, viên
 * chức) of state agencies, 2020–2026. Each year the Prime Minister (through the Government Office, "VPCP")
 * decides the Tết days, the day next to National Day and any swap of a working day for a Saturday; the
 * Ministry of Labour (to 2025) or the Ministry of Home Affairs (from 2025) announces it.
 *
 * Certainty per entry (see Certainty): fixed-date holidays and the compensatory days that follow from
 * Art. 111(3) are `statutory`. `verified` entries were checked, when written, against published texts
 * quoting the announcement (press reports citing the document numbers given in `basis`). `recalled`
 * entries come from knowledge of the announcement and were not re-checked:
 *   - 2025: the Tết days 27–31/01 (break 25/01–02/02) and National Day 01–02/09 (break 30/08–02/09).
 * Document numbers are as reported by the press; the ones left out were not found.
 * Not included: Vietnamese Culture Day (24/11), chosen by the Politburo in 2025 as a paid holiday but,
 * as of early 2026, still awaiting the amendment of Art. 112; add it with setDayOff once in force.
 */

const off = (
  date: string,
  reason: string,
  kind: ScheduledDayOff['kind'],
  certainty: Certainty,
): ScheduledDayOff => ({
  date,
  reason,
  kind,
  certainty,
});

const tet = (lunarYear: number, date: string, certainty: Certainty): ScheduledDayOff =>
  off(date, tetReason(lunarYear, date), 'holiday', certainty);

const compensation = (date: string, forWhat: string, certainty: Certainty): ScheduledDayOff =>
  off(date, `Nghỉ bù ${forWhat}`, 'compensatory', certainty);

const swapOff = (date: string, workedOn: string, occasion: string, certainty: Certainty): ScheduledDayOff =>
  off(date, `Nghỉ hoán đổi dịp ${occasion} (làm bù ngày ${workedOn})`, 'swap', certainty);

const workedSaturday = (
  date: string,
  swapsFor: string,
  occasion: string,
  certainty: Certainty,
): ScheduledExtraWorkingDay => ({
  date,
  reason: `Làm bù cho ngày nghỉ hoán đổi dịp ${occasion} (${swapsFor.slice(8)}/${swapsFor.slice(5, 7)})`,
  swapsFor,
  certainty,
});

const NEW_YEAR = 'Tết Dương lịch';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const VICTORY = 'Ngày Chiến thắng (30/4)';
const LABOUR = 'Ngày Quốc tế Lao động (1/5)';
const NATIONAL = 'Quốc khánh (2/9)';
const NATIONAL_ADJ = 'Quốc khánh (ngày liền kề 2/9)';

const holiday = (date: string, reason: string, certainty: Certainty) =>
  off(date, reason, 'holiday', certainty);

interface KnownSchedule extends Omit<YearSchedule, 'source' | 'notes'> {
  notes?: BilingualNote[];
}

const SCHEDULES: readonly KnownSchedule[] = [
  {
    year: 2020,
    basis:
      'Bộ luật Lao động 2012, Điều 115; thông báo lịch nghỉ Tết Âm lịch Canh Tý của Bộ Lao động – Thương binh và Xã hội (nghỉ 23/01–29/01/2020)',
    daysOff: [
      holiday('2020-01-01', NEW_YEAR, 'statutory'),
      tet(2020, '2020-01-23', 'verified'),
      tet(2020, '2020-01-24', 'verified'),
      tet(2020, '2020-01-25', 'verified'),
      tet(2020, '2020-01-26', 'verified'),
      tet(2020, '2020-01-27', 'verified'),
      compensation('2020-01-28', 'Tết Âm lịch (mùng 1 Tết trùng thứ Bảy)', 'verified'),
      compensation('2020-01-29', 'Tết Âm lịch (mùng 2 Tết trùng Chủ nhật)', 'verified'),
      holiday('2020-04-02', HUNG_KINGS, 'statutory'),
      holiday('2020-04-30', VICTORY, 'statutory'),
      holiday('2020-05-01', LABOUR, 'statutory'),
      holiday('2020-09-02', NATIONAL, 'statutory'),
    ],
    extraWorkingDays: [],
  },
  {
    year: 2021,
    basis:
      'Bộ luật Lao động 2019, Điều 111–112; thông báo lịch nghỉ Tết Âm lịch Tân Sửu và Quốc khánh 2021 của Bộ Lao động – Thương binh và Xã hội (Tết 10/02–16/02/2021, Quốc khánh 02–03/09/2021)',
    daysOff: [
      holiday('2021-01-01', NEW_YEAR, 'statutory'),
      tet(2021, '2021-02-10', 'verified'),
      tet(2021, '2021-02-11', 'verified'),
      tet(2021, '2021-02-12', 'verified'),
      tet(2021, '2021-02-13', 'verified'),
      tet(2021, '2021-02-14', 'verified'),
      compensation('2021-02-15', 'Tết Âm lịch (mùng 2 Tết trùng thứ Bảy)', 'verified'),
      compensation('2021-02-16', 'Tết Âm lịch (mùng 3 Tết trùng Chủ nhật)', 'verified'),
      holiday('2021-04-21', HUNG_KINGS, 'verified'),
      holiday('2021-04-30', VICTORY, 'statutory'),
      holiday('2021-05-01', LABOUR, 'statutory'),
      compensation('2021-05-03', 'Ngày Quốc tế Lao động (1/5 trùng thứ Bảy)', 'verified'),
      holiday('2021-09-02', NATIONAL, 'verified'),
      holiday('2021-09-03', NATIONAL_ADJ, 'verified'),
    ],
    extraWorkingDays: [],
  },
  {
    year: 2022,
    basis:
      'Bộ luật Lao động 2019, Điều 111–112; Công văn 245/VPCP-KGVX ngày 11/01/2022 (Tết 31/01–04/02/2022, Quốc khánh 01–02/09/2022)',
    daysOff: [
      holiday('2022-01-01', NEW_YEAR, 'statutory'),
      compensation('2022-01-03', 'Tết Dương lịch (1/1 trùng thứ Bảy)', 'statutory'),
      tet(2022, '2022-01-31', 'verified'),
      tet(2022, '2022-02-01', 'verified'),
      tet(2022, '2022-02-02', 'verified'),
      tet(2022, '2022-02-03', 'verified'),
      tet(2022, '2022-02-04', 'verified'),
      holiday('2022-04-10', HUNG_KINGS, 'statutory'),
      compensation('2022-04-11', 'Giỗ Tổ Hùng Vương (10/3 âm lịch trùng Chủ nhật)', 'verified'),
      holiday('2022-04-30', VICTORY, 'statutory'),
      holiday('2022-05-01', LABOUR, 'statutory'),
      compensation('2022-05-02', 'Ngày Chiến thắng (30/4 trùng thứ Bảy)', 'statutory'),
      compensation('2022-05-03', 'Ngày Quốc tế Lao động (1/5 trùng Chủ nhật)', 'statutory'),
      holiday('2022-09-01', NATIONAL_ADJ, 'verified'),
      holiday('2022-09-02', NATIONAL, 'verified'),
    ],
    extraWorkingDays: [],
  },
  {
    year: 2023,
    basis:
      'Bộ luật Lao động 2019, Điều 111–112; Công văn 8056/VPCP-KGVX ngày 01/12/2022 (Tết 20/01–26/01/2023, Quốc khánh 01–04/09/2023)',
    daysOff: [
      holiday('2023-01-01', NEW_YEAR, 'statutory'),
      compensation('2023-01-02', 'Tết Dương lịch (1/1 trùng Chủ nhật)', 'verified'),
      tet(2023, '2023-01-20', 'verified'),
      tet(2023, '2023-01-21', 'verified'),
      tet(2023, '2023-01-22', 'verified'),
      tet(2023, '2023-01-23', 'verified'),
      tet(2023, '2023-01-24', 'verified'),
      compensation('2023-01-25', 'Tết Âm lịch (30 tháng Chạp trùng thứ Bảy)', 'verified'),
      compensation('2023-01-26', 'Tết Âm lịch (mùng 1 Tết trùng Chủ nhật)', 'verified'),
      holiday('2023-04-29', HUNG_KINGS, 'statutory'),
      holiday('2023-04-30', VICTORY, 'statutory'),
      holiday('2023-05-01', LABOUR, 'statutory'),
      compensation('2023-05-02', 'Giỗ Tổ Hùng Vương (trùng thứ Bảy 29/4)', 'statutory'),
      compensation('2023-05-03', 'Ngày Chiến thắng (30/4 trùng Chủ nhật)', 'statutory'),
      holiday('2023-09-01', NATIONAL_ADJ, 'verified'),
      holiday('2023-09-02', NATIONAL, 'verified'),
      compensation('2023-09-04', 'Quốc khánh (2/9 trùng thứ Bảy)', 'verified'),
    ],
    extraWorkingDays: [],
  },
  {
    year: 2024,
    basis:
      'Bộ luật Lao động 2019, Điều 111–112; Công văn 8662/VPCP-KGVX năm 2023 (Tết 08/02–14/02/2024, Quốc khánh 02–03/09/2024); Công văn 2450/VPCP-KGVX ngày 12/04/2024 (nghỉ thứ Hai 29/4, làm bù thứ Bảy 04/5/2024)',
    daysOff: [
      holiday('2024-01-01', NEW_YEAR, 'statutory'),
      tet(2024, '2024-02-08', 'verified'),
      tet(2024, '2024-02-09', 'verified'),
      tet(2024, '2024-02-10', 'verified'),
      tet(2024, '2024-02-11', 'verified'),
      tet(2024, '2024-02-12', 'verified'),
      compensation('2024-02-13', 'Tết Âm lịch (mùng 1 Tết trùng thứ Bảy)', 'verified'),
      compensation('2024-02-14', 'Tết Âm lịch (mùng 2 Tết trùng Chủ nhật)', 'verified'),
      holiday('2024-04-18', HUNG_KINGS, 'statutory'),
      swapOff('2024-04-29', '04/5/2024', '30/4 – 1/5', 'verified'),
      holiday('2024-04-30', VICTORY, 'statutory'),
      holiday('2024-05-01', LABOUR, 'statutory'),
      holiday('2024-09-02', NATIONAL, 'verified'),
      holiday('2024-09-03', NATIONAL_ADJ, 'verified'),
    ],
    extraWorkingDays: [workedSaturday('2024-05-04', '2024-04-29', '30/4 – 1/5', 'verified')],
  },
  {
    year: 2025,
    basis:
      'Bộ luật Lao động 2019, Điều 111–112; Công văn 8726/VPCP-KGVX năm 2024 và Thông báo 6150/TB-BLĐTBXH năm 2024 (Tết 25/01–02/02/2025; nghỉ thứ Sáu 02/5, làm bù thứ Bảy 26/4/2025; Quốc khánh 01–02/09/2025)',
    daysOff: [
      holiday('2025-01-01', NEW_YEAR, 'statutory'),
      tet(2025, '2025-01-27', 'recalled'),
      tet(2025, '2025-01-28', 'recalled'),
      tet(2025, '2025-01-29', 'recalled'),
      tet(2025, '2025-01-30', 'recalled'),
      tet(2025, '2025-01-31', 'recalled'),
      holiday('2025-04-07', HUNG_KINGS, 'statutory'),
      holiday('2025-04-30', VICTORY, 'statutory'),
      holiday('2025-05-01', LABOUR, 'statutory'),
      swapOff('2025-05-02', '26/4/2025', '30/4 – 1/5', 'verified'),
      holiday('2025-09-01', NATIONAL_ADJ, 'recalled'),
      holiday('2025-09-02', NATIONAL, 'recalled'),
    ],
    extraWorkingDays: [workedSaturday('2025-04-26', '2025-05-02', '30/4 – 1/5', 'verified')],
  },
  {
    year: 2026,
    basis:
      'Bộ luật Lao động 2019, Điều 111–112; Công văn 12729/VPCP-KGVX ngày 25/12/2025 (nghỉ 01–04/01/2026, làm bù thứ Bảy 10/01/2026); Thông báo 9441/TB-BNV ngày 16/10/2025 (Tết 14/02–22/02/2026; Quốc khánh 01–02/09, nghỉ thứ Hai 31/8, làm bù thứ Bảy 22/8/2026)',
    daysOff: [
      holiday('2026-01-01', NEW_YEAR, 'statutory'),
      swapOff('2026-01-02', '10/01/2026', 'Tết Dương lịch', 'verified'),
      tet(2026, '2026-02-16', 'verified'),
      tet(2026, '2026-02-17', 'verified'),
      tet(2026, '2026-02-18', 'verified'),
      tet(2026, '2026-02-19', 'verified'),
      tet(2026, '2026-02-20', 'verified'),
      holiday('2026-04-26', HUNG_KINGS, 'statutory'),
      compensation('2026-04-27', 'Giỗ Tổ Hùng Vương (10/3 âm lịch trùng Chủ nhật)', 'verified'),
      holiday('2026-04-30', VICTORY, 'statutory'),
      holiday('2026-05-01', LABOUR, 'statutory'),
      swapOff('2026-08-31', '22/8/2026', 'Quốc khánh', 'verified'),
      holiday('2026-09-01', NATIONAL_ADJ, 'verified'),
      holiday('2026-09-02', NATIONAL, 'verified'),
    ],
    extraWorkingDays: [
      workedSaturday('2026-01-10', '2026-01-02', 'Tết Dương lịch', 'verified'),
      workedSaturday('2026-08-22', '2026-08-31', 'Quốc khánh', 'verified'),
    ],
    notes: [
      {
        vi: 'Ngày Văn hóa Việt Nam (24/11) chưa được đưa vào: cần sửa Điều 112 Bộ luật Lao động; bổ sung khi có hiệu lực.',
        en: 'Vietnamese Culture Day (24/11) is not included: it needs an amendment of Labour Code Art. 112; add it once in force.',
      },
    ],
  },
];

export const KNOWN_SCHEDULE_YEARS: readonly number[] = SCHEDULES.map((s) => s.year);

/** The announced schedule of `year`, or undefined when none is on file. */
export function knownSchedule(year: number): YearSchedule | undefined {
  const s = SCHEDULES.find((x) => x.year === year);
  if (!s) return undefined;
  const doubtful = [...s.daysOff, ...s.extraWorkingDays].filter(
    (e) => e.certainty === 'recalled' || e.certainty === 'uncertain',
  );
  const notes: BilingualNote[] = [...(s.notes ?? [])];
  if (doubtful.length > 0) {
    notes.push({
      vi: `Cần đối chiếu với văn bản gốc: ${doubtful.map((e) => e.date).join(', ')} (ghi theo hiểu biết, chưa kiểm tra lại).`,
      en: `Check against the original text: ${doubtful.map((e) => e.date).join(', ')} (recalled, not re-checked).`,
    });
  }
  return {
    year: s.year,
    source: 'known-schedule',
    basis: s.basis,
    daysOff: s.daysOff.map((d) => ({ ...d })),
    extraWorkingDays: s.extraWorkingDays.map((d) => ({ ...d })),
    notes,
  };
}

/** Every year on file (2020–2026). */
export function knownSchedules(): YearSchedule[] {
  return KNOWN_SCHEDULE_YEARS.map((y) => knownSchedule(y)!);
}
