export {
  canChiYearName,
  hungKingsDay,
  julianDayNumber,
  type LunarDate,
  leapMonthOf,
  lunarMonthLength,
  lunarToSolar,
  type SolarDate,
  solarDateOfJulianDay,
  solarToLunar,
  tetDate,
  VIETNAM_TIME_ZONE_HOURS,
} from './lunar-calendar.ts';
