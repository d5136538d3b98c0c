/**
 * The two astronomical quantities the Vietnamese lunar calendar is built from: the instants of the new
 * moons and the apparent longitude of the sun. Low-precision series from Jean Meeus ("Astronomical
 * Formulae for Calculators" / "Astronomical Algorithms"), as used by the published Vietnamese calendar
 * algorithm (Hồ Ngọc Đức): accurate to a few minutes over 1900–2100, which decides the civil day of a
 * new moon except when it falls within minutes of midnight.
 *
 * Times are Julian Dates (days, fractional, Universal Time). A "day number" is the Julian Day Number of
 * a civil date (the integer JD at noon of that date).
 */

const RAD = Math.PI / 180;

/** Mean length of a lunation in days. */
export const SYNODIC_MONTH = 29.530588853;

/** Julian Date of new moon number 0 of this series (1900-01-01, around 13:52 UT). */
export const NEW_MOON_EPOCH = 2415021.076998695;

/** Julian Date (UT) of the k-th new moon after the epoch. */
export function newMoonJulianDate(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900-01-00.5
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const moonLatitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * moonLatitudeArg) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * moonLatitudeArg + sunAnomaly) -
    0.0004 * Math.sin(2 * moonLatitudeArg - sunAnomaly) -
    0.0006 * Math.sin(2 * moonLatitudeArg + moonAnomaly) +
    0.001 * Math.sin(2 * moonLatitudeArg - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // The series gives Ephemeris/Terrestrial Time; ΔT converts it to Universal Time.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** Apparent ecliptic longitude of the sun at a Julian Date, in degrees [0, 360). */
export function sunLongitudeDegrees(julianDate: number): number {
  const t = (julianDate - 2451545.0) / 36525; // Julian centuries since J2000.0
  const t2 = t * t;
  const meanAnomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly * RAD) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly * RAD) +
    0.00029 * Math.sin(3 * meanAnomaly * RAD);
  const omega = 125.04 - 1934.136 * t;
  const apparent = meanLongitude + center - 0.00569 - 0.00478 * Math.sin(omega * RAD);
  return ((apparent % 360) + 360) % 360;
}
