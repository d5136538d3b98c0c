import { Button, DatePicker, Popconfirm, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../../ui/field.tsx';
import type { ToFormField } from '../../../../ui/form-errors.ts';
import { formatDate, vietnamToday } from '../../../../ui/format.ts';
import { ProblemAlert } from '../../../../ui/problem-alert.tsx';
import { usePlainFormProblem } from '../../../../ui/use-plain-form-problem.ts';
import { type LevelValue, retireProcedure, setServiceLevel } from '../../api/catalogue-admin.api.ts';
import type { Procedure } from '../../api/procedures.api.ts';
import { levelsOn, schemeOn } from '../../utils/procedure-form.ts';
import { ServiceLevelBadge } from '../service-level-badge.tsx';

type Period = Procedure['serviceLevelHistory'][number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The level and its scheme are one choice here. */
const levelFieldOf: ToFormField = (e) => (e.name[0] === 'scheme' ? ['level'] : undefined);

/**
 * The online service level over time (Decree 43/2011 levels, then Decree 42/2022 modes) and the change of
 * level from a date: the period in force the day before is closed by the API, later ones replaced.
 */
export function ServiceLevelPanel({
  procedure,
  onChanged,
}: {
  procedure: Procedure;
  onChanged: (p: Procedure) => void;
}) {
  const { t } = useTranslation();
  const today = vietnamToday();
  const [from, setFrom] = useState(today);
  const options = levelsOn(DATE.test(from) ? from : today);
  const [level, setLevel] = useState<LevelValue>(options[0]!);
  const failure = usePlainFormProblem(['effectiveFrom', 'level'], { toField: levelFieldOf });
  const problem = failure.problem;
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const retired = procedure.validTo !== null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!DATE.test(from)) return;
    setBusy(true);
    failure.clear();
    setDone(false);
    try {
      const effective = options.includes(level) ? level : options[0]!;
      onChanged(
        await setServiceLevel(procedure, { scheme: schemeOn(from), level: effective, effectiveFrom: from }),
      );
      setDone(true);
    } catch (error) {
      failure.report(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="op-panel" aria-labelledby="service-level-heading" data-testid="service-level-panel">
      <h2 id="service-level-heading">{t('catalogue.levels.title')}</h2>
      <Table<Period>
        data-testid="service-level-history"
        rowKey={(p) => `${p.scheme}|${p.effectiveFrom}`}
        size="small"
        pagination={false}
        dataSource={[...procedure.serviceLevelHistory].reverse()}
        locale={{ emptyText: <span className="op-muted">{t('procedure.level.none')}</span> }}
        columns={[
          {
            title: t('catalogue.levels.period'),
            dataIndex: 'effectiveFrom',
            className: 'op-col-nowrap',
            render: (f: string, row) =>
              row.effectiveTo
                ? t('catalogue.validBetween', { from: formatDate(f), to: formatDate(row.effectiveTo) })
                : t('catalogue.validSince', { from: formatDate(f) }),
          },
          {
            title: t('catalogue.levels.scheme'),
            dataIndex: 'scheme',
            render: (s: Period['scheme']) => t(`catalogue.scheme.${s}`),
          },
          {
            title: t('procedure.serviceLevel'),
            dataIndex: 'level',
            render: (l: LevelValue) => <ServiceLevelBadge level={l} />,
          },
        ]}
      />
      {retired ? (
        <p className="op-muted">{t('catalogue.levels.retired')}</p>
      ) : (
        <form
          onSubmit={(e) => void submit(e)}
          className="op-filters"
          aria-label={t('catalogue.levels.change')}
        >
          <Field id="level-from" label={t('catalogue.levels.from')} error={failure.messages.effectiveFrom}>
            <DatePicker
              id="level-from"
              status={failure.messages.effectiveFrom ? 'error' : undefined}
              format="DD/MM/YYYY"
              placeholder={t('common.datePlaceholder')}
              value={from ? dayjs(from) : null}
              minDate={dayjs(procedure.validFrom)}
              onChange={(v: Dayjs | null) => setFrom(v ? v.format('YYYY-MM-DD') : '')}
              allowClear={false}
            />
          </Field>
          <Field id="level-value" label={t('catalogue.levels.newLevel')} error={failure.messages.level}>
            <Select<LevelValue>
              id="level-value"
              status={failure.messages.level ? 'error' : undefined}
              value={options.includes(level) ? level : options[0]}
              onChange={setLevel}
              options={options.map((l) => ({ value: l, label: t(`procedure.level.${l}`) }))}
              className="op-filter-kind"
              popupMatchSelectWidth={false}
            />
          </Field>
          <div className="op-filter-actions">
            <Button type="primary" htmlType="submit" loading={busy} data-testid="level-submit">
              {t('catalogue.levels.submit')}
            </Button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {done ? (
          <p className="op-muted" data-testid="level-done">
            {t('catalogue.levels.done')}
          </p>
        ) : null}
        {problem ? <ProblemAlert problem={problem} placed={failure.placed} /> : null}
      </div>
    </section>
  );
}

/** Retiring a procedure (bãi bỏ, thay thế) from its last day; it stays for history and earlier reports. */
export function RetirePanel({
  procedure,
  onChanged,
}: {
  procedure: Procedure;
  onChanged: (p: Procedure) => void;
}) {
  const { t } = useTranslation();
  const [validTo, setValidTo] = useState(vietnamToday());
  const failure = usePlainFormProblem(['validTo']);
  const problem = failure.problem;
  const [busy, setBusy] = useState(false);

  async function retire() {
    setBusy(true);
    failure.clear();
    try {
      onChanged(await retireProcedure(procedure, validTo));
    } catch (error) {
      failure.report(error);
    } finally {
      setBusy(false);
    }
  }

  if (procedure.validTo) {
    return (
      <section className="op-panel" aria-labelledby="retire-heading">
        <h2 id="retire-heading">{t('catalogue.retire.title')}</h2>
        <p data-testid="retired-note">
          {t('catalogue.retire.retiredOn', { date: formatDate(procedure.validTo) })}
        </p>
      </section>
    );
  }
  return (
    <section className="op-panel" aria-labelledby="retire-heading">
      <h2 id="retire-heading">{t('catalogue.retire.title')}</h2>
      <p className="op-muted">{t('catalogue.retire.intro')}</p>
      <div className="op-filters">
        <Field id="retire-date" label={t('catalogue.retire.lastDay')} error={failure.messages.validTo}>
          <DatePicker
            id="retire-date"
            status={failure.messages.validTo ? 'error' : undefined}
            format="DD/MM/YYYY"
            placeholder={t('common.datePlaceholder')}
            value={validTo ? dayjs(validTo) : null}
            minDate={dayjs(procedure.validFrom)}
            onChange={(v: Dayjs | null) => setValidTo(v ? v.format('YYYY-MM-DD') : '')}
            allowClear={false}
          />
        </Field>
        <div className="op-filter-actions">
          <Popconfirm
            title={t('catalogue.retire.confirmTitle')}
            description={t('catalogue.retire.confirm', { date: formatDate(validTo) })}
            okText={t('catalogue.retire.ok')}
            cancelText={t('catalogue.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => void retire()}
            disabled={!DATE.test(validTo)}
          >
            <Button danger loading={busy} data-testid="retire-submit" disabled={!DATE.test(validTo)}>
              {t('catalogue.retire.submit')}
            </Button>
          </Popconfirm>
        </div>
      </div>
      {problem ? <ProblemAlert problem={problem} placed={failure.placed} /> : null}
    </section>
  );
}
