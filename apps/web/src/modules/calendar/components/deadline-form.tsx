import { Button, DatePicker, Form, InputNumber, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToFormField } from '../../../ui/form-errors.ts';
import { vietnamWallTimeToIso } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
import { computeDeadline, type DeadlineRequest, type DeadlineResult } from '../api/deadline.api.ts';
import { DeadlineResultView } from './deadline-result.tsx';

export const DEADLINE_UNITS = ['hours', 'days', 'calendarDays'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** The amount is sent under its unit's name (`{ days: 5 }`): the API's errors about it belong to the amount. */
const toField: ToFormField = (e) =>
  (DEADLINE_UNITS as readonly (string | number)[]).includes(e.name[0] ?? '') ? ['amount'] : undefined;

interface DeadlineValues {
  start: Dayjs;
  amount: number;
  unit: DeadlineUnit;
}

/**
 * The one-stop officer's question: "received at this moment, due within N working days — when is it due?".
 * The date-time typed in is Vietnam wall-clock time, whatever the zone of the officer's computer.
 */
export function DeadlineForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<DeadlineValues>();
  const failure = useFormProblem(form, { toField });
  const problem = failure.problem;
  const [result, setResult] = useState<DeadlineResult | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const unit = Form.useWatch('unit', form) ?? 'days';

  async function submit(values: DeadlineValues) {
    setIsSubmitting(true);
    failure.clear();
    const start = vietnamWallTimeToIso({
      year: values.start.year(),
      month: values.start.month() + 1,
      day: values.start.date(),
      hour: values.start.hour(),
      minute: values.start.minute(),
    });
    const body: DeadlineRequest = { start, [values.unit]: values.amount };
    try {
      setResult(await computeDeadline(body));
    } catch (error) {
      setResult(null);
      failure.report(error);
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <div className="op-deadline">
      <Form<DeadlineValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ unit: 'days' satisfies DeadlineUnit }}
        onFinish={submit}
        className="op-deadline-form op-panel"
        data-testid="deadline-form"
      >
        <Form.Item
          label={t('deadline.start')}
          name="start"
          extra={t('deadline.startHelp')}
          rules={[{ required: true, message: t('deadline.required', { field: t('deadline.start') }) }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="DD/MM/YYYY HH:mm"
            placeholder={t('common.dateTimePlaceholder')}
            needConfirm={false}
            data-testid="deadline-start"
            className="op-input-datetime"
          />
        </Form.Item>
        <Form.Item
          label={t('deadline.amount')}
          name="amount"
          rules={[{ required: true, message: t('deadline.required', { field: t('deadline.amount') }) }]}
        >
          <InputNumber
            min={unit === 'calendarDays' ? 1 : 0.5}
            max={1000}
            step={1}
            // Calendar days are whole days (the API takes an integer); working time may be half a day.
            precision={unit === 'calendarDays' ? 0 : undefined}
            inputMode="decimal"
            data-testid="deadline-amount"
          />
        </Form.Item>
        <fieldset className="op-fieldset">
          <legend>{t('deadline.unit')}</legend>
          <Form.Item name="unit" noStyle>
            <Radio.Group
              options={DEADLINE_UNITS.map((unit) => ({ value: unit, label: t(`deadline.units.${unit}`) }))}
              data-testid="deadline-unit"
            />
          </Form.Item>
        </fieldset>
        <Button type="primary" htmlType="submit" loading={isSubmitting} data-testid="deadline-submit">
          {t('deadline.submit')}
        </Button>
      </Form>
      <div aria-live="polite" className="op-deadline-output">
        {problem ? <ProblemAlert problem={problem} placed={failure.placed} /> : null}
        {result ? <DeadlineResultView result={result} /> : null}
      </div>
    </div>
  );
}
