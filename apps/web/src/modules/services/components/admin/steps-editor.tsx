import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../ui/format.ts';
import { useAgencySearch } from '../../hooks/use-agencies.ts';
import {
  DEFAULT_STEPS_HOURS,
  defaultStepsOverrun,
  limitInWorkingHours,
  MAX_STEPS,
  type ProcedureFormValues,
  STEP_ROLES,
  type StepValues,
} from '../../utils/procedure-form.ts';

/** The agency of an inter-agency (liên thông) step, searched on the server like the procedure's agency. */
function StepAgencySelect({
  value,
  onChange,
  id,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}) {
  const agencies = useAgencySearch(value ?? undefined);
  return (
    <Select
      id={id}
      allowClear
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ filterOption: false, onSearch: agencies.search }}
      loading={agencies.loading}
      options={agencies.options}
    />
  );
}

/** The total of the steps' hours against the time limit in working hours (none for calendar days). */
function StepsTotal({ form }: { form: FormInstance<ProcedureFormValues>; id?: string }) {
  const { t, i18n } = useTranslation();
  const steps = (Form.useWatch('steps', form) ?? []) as StepValues[];
  const amount = Form.useWatch('timeAmount', form) as number | undefined;
  const unit = Form.useWatch('timeUnit', form) as ProcedureFormValues['timeUnit'] | undefined;
  const limit = unit ? limitInWorkingHours(amount, unit) : null;
  const n = (v: number) => formatNumber(v, i18n.language);
  if (steps.length === 0) {
    // No steps declared: the default ones apply, and they too must fit the limit (the API refuses otherwise).
    const overrun = unit ? defaultStepsOverrun(amount, unit) : null;
    if (overrun === null || limit === null) return null;
    return (
      <p data-testid="steps-default-over" aria-live="polite">
        <strong className="op-steps-over">
          {t('catalogue.steps.defaultOver', { total: n(DEFAULT_STEPS_HOURS), limit: n(limit) })}
        </strong>
      </p>
    );
  }
  const total = steps.reduce((sum, s) => sum + (Number(s?.hours) || 0), 0);
  return (
    <p data-testid="steps-total" aria-live="polite">
      {limit === null
        ? t('catalogue.steps.totalCalendar', { total: n(total) })
        : t('catalogue.steps.total', { total: n(total), limit: n(limit) })}
      {limit !== null && total > limit ? (
        <strong className="op-steps-over"> {t('catalogue.steps.over', { over: n(total - limit) })}</strong>
      ) : null}
    </p>
  );
}

/**
 * The procedure's internal processing steps (quy trình xử lý nội bộ), in order: each with its name, who
 * completes it (a specialist, or a leader who approves), its working hours and, for an inter-agency (liên
 * thông) step, the other agency. Steps move up and down by buttons, so the order works by keyboard alone.
 */
export function StepsEditor({
  form,
  Heading,
}: {
  form: FormInstance<ProcedureFormValues>;
  Heading: 'h2' | 'h3' | 'h4';
}) {
  const { t } = useTranslation();
  const required = { required: true, message: t('catalogue.required') };
  return (
    <fieldset className="op-fieldset" data-testid="editor-steps">
      <legend>{t('catalogue.steps.title')}</legend>
      <p className="op-muted">{t('catalogue.steps.intro')}</p>
      <Form.List name="steps">
        {(items, { add, remove, move }) => (
          <>
            {items.length === 0 ? <p className="op-muted">{t('catalogue.steps.empty')}</p> : null}
            <ol className="op-steps-list">
              {items.map((item, index) => (
                <li key={item.key} className="op-catalogue-component" data-testid={`editor-step-${index}`}>
                  <Heading className="op-subheading">{t('catalogue.steps.stepN', { n: index + 1 })}</Heading>
                  <div className="op-catalogue-row">
                    <Form.Item
                      name={[item.name, 'name']}
                      label={t('catalogue.steps.name')}
                      rules={[required, { max: 200, message: t('catalogue.steps.error.name') }]}
                      className="op-catalogue-grow"
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'role']}
                      label={t('catalogue.steps.role')}
                      rules={[required]}
                    >
                      <Select
                        className="op-filter-kind"
                        options={STEP_ROLES.map((r) => ({
                          value: r,
                          label: t(`catalogue.steps.roles.${r}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'hours']}
                      label={t('catalogue.steps.hours')}
                      rules={[required]}
                    >
                      <InputNumber min={1} max={2000} precision={0} />
                    </Form.Item>
                  </div>
                  <Form.Item
                    name={[item.name, 'agencyId']}
                    label={t('catalogue.steps.agency')}
                    extra={t('catalogue.steps.agencyHint')}
                  >
                    <StepAgencySelect />
                  </Form.Item>
                  <div className="op-actions">
                    <Button
                      icon={<ArrowUpOutlined />}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                      aria-label={t('catalogue.steps.up', { n: index + 1 })}
                    />
                    <Button
                      icon={<ArrowDownOutlined />}
                      disabled={index === items.length - 1}
                      onClick={() => move(index, index + 1)}
                      aria-label={t('catalogue.steps.down', { n: index + 1 })}
                    />
                    <Button icon={<DeleteOutlined />} onClick={() => remove(item.name)} danger>
                      {t('catalogue.steps.remove', { n: index + 1 })}
                    </Button>
                  </div>
                </li>
              ))}
            </ol>
            <Button
              icon={<PlusOutlined />}
              disabled={items.length >= MAX_STEPS}
              onClick={() =>
                add({
                  name: '',
                  role: items.length === 0 ? 'specialist' : 'leader',
                  hours: 8,
                  agencyId: null,
                })
              }
              data-testid="editor-add-step"
            >
              {t('catalogue.steps.add')}
            </Button>
            {items.length >= MAX_STEPS ? (
              <p className="op-muted">{t('catalogue.steps.max', { max: MAX_STEPS })}</p>
            ) : null}
          </>
        )}
      </Form.List>
      {/* Outside the list: inside it the name would be steps.stepsTotal. The API's error on all the steps shows here. */}
      <Form.Item name="stepsTotal">
        <StepsTotal form={form} />
      </Form.Item>
    </fieldset>
  );
}
