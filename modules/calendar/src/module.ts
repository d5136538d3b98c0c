import { defineModule, type SharedDeps } from '@openprovince/platform/module';
import { calendarCommand } from './cli.ts';
import { CALENDAR_GRANTS } from './contracts/index.ts';
import { calendarRoutes } from './routes/calendar.routes.ts';
import { seedCalendar } from './seed/demo.ts';

export interface CalendarDeps {
  db: SharedDeps['db'];
}

/** The work calendar (holidays, swapped working days, office hours) and the deadline engine. */
export const calendarModule = defineModule({
  name: 'calendar',
  description: { vi: 'Lịch làm việc và tính hạn xử lý', en: 'Work calendar and deadlines' },
  grants: CALENDAR_GRANTS,
  deps: ({ db }): CalendarDeps => ({ db }),
  routes: ({ db }) => calendarRoutes(db),
  seed: { demo: ({ db }, { ctx }) => seedCalendar(db, ctx) },
  cli: {
    calendar: {
      usage:
        'calendar (show|prefill|confirm) <year> | import <file.json> [--confirm] | deadline --start "dd/mm/yyyy HH:mm" (--days N|--hours N|--calendar-days N) [--agency-id ID]',
      run: calendarCommand,
    },
  },
});
