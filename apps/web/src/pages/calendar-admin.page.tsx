import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { type CalendarYear, fetchCalendarYear } from '../modules/calendar/api/calendar-year.api.ts';
import { CalendarYearPanel } from '../modules/calendar/components/calendar-year-panel.tsx';
import { vietnamToday } from '../ui/format.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

const FIRST_YEAR = 2020;

/** The system administrator confirms a year of the work calendar; the year lives in the address. */
export default function CalendarAdminPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(vietnamToday().slice(0, 4));
  const lastYear = thisYear + 1;
  const year = Math.min(lastYear, Math.max(FIRST_YEAR, Number(params.get('year')) || thisYear));
  const query = useApiQuery(String(year), (signal) => fetchCalendarYear(year, signal));
  const [latest, setLatest] = useState<CalendarYear | null>(null);
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => lastYear - i);
  const calendar =
    latest && query.data && latest.year === year && latest.version >= query.data.version
      ? latest
      : query.data;
  return (
    <>
      <PageHeading intro={t('calendarAdmin.intro')}>{t('calendarAdmin.title')}</PageHeading>
      <form className="op-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="op-field">
          <label htmlFor="calendar-year" className="op-field-label">
            {t('calendarAdmin.year')}
          </label>
          <select
            id="calendar-year"
            className="op-select"
            value={year}
            onChange={(e) => setParams({ year: e.target.value })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </form>
      {query.problem ? <ProblemAlert problem={query.problem} /> : null}
      {!calendar && !query.problem ? <Loading /> : null}
      {calendar ? (
        <CalendarYearPanel
          calendar={calendar}
          onChanged={setLatest}
          onStale={() => {
            setLatest(null);
            query.reload();
          }}
        />
      ) : null}
    </>
  );
}
