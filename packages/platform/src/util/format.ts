/** Formatting for people: Vietnamese conventions, in the province's time zone whatever the server's. */
export {
  formatDateTimeVi,
  formatDateVi,
  formatNumberVi,
  PROVINCE_TIME_ZONE,
} from '../time/province-clock.ts';
