/** What a confirmed year looked like when it was confirmed (the days deadlines are computed from). */
export interface CalendarYearSnapshot {
  daysOff: { date: string; reason: string; kind: 'holiday' | 'compensatory' | 'swap' }[];
  extraWorkingDays: { date: string; reason: string; swapsFor: string | null }[];
}
