import { Alert, Button, Descriptions, Popconfirm, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { type CalendarYear, confirmCalendarYear } from '../api/calendar-year.api.ts';

type DayOff = CalendarYear['daysOff'][number];

/**
 * A year of the work calendar for the administrator: its days off and extra working days, and the
 * confirmation against the Government's announcement (sent with the version shown; a stale one reloads).
 */
export function CalendarYearPanel({
  calendar,
  onChanged,
  onStale,
}: {
  calendar: CalendarYear;
  onChanged: (c: CalendarYear) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const needsConfirmation = calendar.status === 'draft' || calendar.pendingChanges;

  async function confirm() {
    setBusy(true);
    setProblem(null);
    setDone(false);
    try {
      onChanged(await confirmCalendarYear(calendar));
      setDone(true);
    } catch (error) {
      const p = error instanceof ApiProblem ? error : toApiProblem(error);
      setProblem(p);
      if (p.status === 409 || p.status === 412) onStale();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="calendar-year">
      {problem ? <ProblemAlert problem={problem} className="op-form-alert" /> : null}
      {done ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="op-form-alert"
          title={t('calendarAdmin.confirmed', { year: calendar.year })}
          data-testid="calendar-confirmed"
        />
      ) : null}
      <section className="op-panel" aria-labelledby="calendar-status">
        <div className="op-panel-header">
          <h2 id="calendar-status">{t('calendarAdmin.statusHeading', { year: calendar.year })}</h2>
          {needsConfirmation ? (
            <Popconfirm
              title={t('calendarAdmin.confirmQuestion', { year: calendar.year })}
              okText={t('calendarAdmin.confirm')}
              cancelText={t('documents.cancelModal')}
              onConfirm={() => void confirm()}
            >
              <Button type="primary" loading={busy} data-testid="calendar-confirm">
                {t('calendarAdmin.confirm')}
              </Button>
            </Popconfirm>
          ) : null}
        </div>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'status',
              label: t('calendarAdmin.status'),
              children: (
                <span data-testid="calendar-status-value">
                  {calendar.pendingChanges && calendar.status === 'confirmed'
                    ? t('calendarAdmin.statuses.pending')
                    : t(`calendarAdmin.statuses.${calendar.status}`)}
                </span>
              ),
            },
            { key: 'version', label: t('calendarAdmin.version'), children: calendar.version },
            {
              key: 'confirmed',
              label: t('calendarAdmin.confirmedBy'),
              children: calendar.confirmedAt
                ? `${calendar.confirmedByName ?? ''} — ${formatDateTime(calendar.confirmedAt)}`
                : t('common.none'),
            },
            { key: 'basis', label: t('calendarAdmin.basis'), children: calendar.basis ?? t('common.none') },
          ]}
        />
      </section>
      <section className="op-panel op-section" aria-labelledby="calendar-days-off">
        <h2 id="calendar-days-off">{t('calendarAdmin.daysOff')}</h2>
        <Table<DayOff>
          rowKey="date"
          size="small"
          pagination={false}
          dataSource={calendar.daysOff}
          locale={{ emptyText: <span className="op-muted">{t('calendarAdmin.noDaysOff')}</span> }}
          columns={[
            {
              title: t('calendarAdmin.date'),
              dataIndex: 'date',
              className: 'op-col-nowrap',
              render: (d: string) => formatDate(d),
            },
            {
              title: t('calendarAdmin.kind'),
              dataIndex: 'kind',
              render: (k: DayOff['kind']) => t(`calendarAdmin.kinds.${k}`),
            },
            { title: t('calendarAdmin.reason'), dataIndex: 'reason' },
          ]}
        />
        {calendar.extraWorkingDays.length ? (
          <>
            <h3 className="op-subheading">{t('calendarAdmin.extraWorkingDays')}</h3>
            <ul>
              {calendar.extraWorkingDays.map((d) => (
                <li key={d.date}>
                  {formatDate(d.date)} — {d.reason}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
