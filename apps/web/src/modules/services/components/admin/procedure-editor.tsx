import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import '../../catalogue-admin.css';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../../api/use-api-query.ts';
import { vietnamToday } from '../../../../ui/format.ts';
import { ProblemAlert } from '../../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../../ui/workspace/use-form-problem.ts';
import {
  createProcedure,
  IMPLEMENTING_LEVELS,
  listProcedureFields,
  RESULT_TYPES,
  TIME_LIMIT_UNITS,
  updateProcedure,
} from '../../api/catalogue-admin.api.ts';
import type { Procedure } from '../../api/procedures.api.ts';
import { useAgencySearch } from '../../hooks/use-agencies.ts';
import {
  componentKey,
  fromProcedure,
  levelsOn,
  type ProcedureFormValues,
  parseFormSchema,
  procedureFieldOf,
  toCreateBody,
  toUpdateBody,
} from '../../utils/procedure-form.ts';
import { StepsEditor } from './steps-editor.tsx';

const EMPTY: Partial<ProcedureFormValues> = {
  implementingLevel: 'province',
  timeUnit: 'working_days',
  onlineUnit: 'working_days',
  resultType: 'licence',
  publishedNationally: false,
  fees: [],
  components: [],
  steps: [],
};

/**
 * Creating or editing a procedure of the catalogue: identity, agency and field, time limits, result, legal
 * basis, fee lines and dossier components. A component's e-form is typed as JSON and checked here against
 * the subset the API accepts, every mistake listed, before anything is sent. Editing sends the procedure's
 * version (If-Match): if someone changed it meanwhile, the API refuses and the page offers to reload.
 */
export function ProcedureEditor({
  procedure,
  onSaved,
  headingLevel = 3,
}: {
  procedure?: Procedure;
  onSaved: (saved: Procedure) => void;
  /** The level of the components' headings: 2 on a page of its own, 3 under the edit section's h2. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const [form] = Form.useForm<ProcedureFormValues>();
  // The API's field errors (internal steps, time limit, e-forms…) show under their fields.
  const failure = useFormProblem(form, { toField: procedureFieldOf });
  const problem = failure.problem;
  const [busy, setBusy] = useState(false);
  const fields = useApiQuery('procedure-fields', listProcedureFields);
  const agencies = useAgencySearch(procedure?.agencyId);
  const today = vietnamToday();
  const validFrom = Form.useWatch('validFrom', form) || today;
  const isNew = !procedure;

  async function finish(values: ProcedureFormValues) {
    setBusy(true);
    failure.clear();
    form.setFields([{ name: ['stepsTotal'], errors: [] }]);
    try {
      const saved = procedure
        ? await updateProcedure(procedure, toUpdateBody(values))
        : await createProcedure(toCreateBody(values, today));
      onSaved(saved);
    } catch (error) {
      failure.report(error);
    } finally {
      setBusy(false);
    }
  }

  const schemaRule = {
    validator: (_: unknown, value: string | undefined) => {
      const parsed = parseFormSchema(value ?? '');
      if (parsed.ok) return Promise.resolve();
      return Promise.reject(
        new Error(
          parsed.problems
            .map((p) => t(`catalogue.schemaError.${p.code}`, { at: p.at ?? '', detail: p.detail ?? '' }))
            .join(' · '),
        ),
      );
    },
  };
  const required = { required: true, message: t('catalogue.required') };

  return (
    <Form<ProcedureFormValues>
      form={form}
      layout="vertical"
      initialValues={procedure ? fromProcedure(procedure) : { ...EMPTY, level: levelsOn(today)[0] }}
      onFinish={(v) => void finish(v)}
      requiredMark="optional"
      data-testid="procedure-editor"
      className="op-catalogue-editor"
      scrollToFirstError
    >
      <fieldset className="op-fieldset">
        <legend>{t('catalogue.section.identity')}</legend>
        <Form.Item
          name="nationalCode"
          label={t('procedure.code')}
          extra={t('catalogue.codeHint')}
          rules={[required, { pattern: /^[12]\.[0-9]{6}$/, message: t('catalogue.codeError') }]}
        >
          <Input disabled={!isNew} maxLength={8} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('catalogue.name')}
          rules={[required, { min: 3, max: 500, message: t('catalogue.nameError') }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="fieldId" label={t('procedure.field')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={fields.isLoading}
            options={(fields.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
          />
        </Form.Item>
        <Form.Item name="agencyId" label={t('catalogue.agency')} rules={[required]}>
          <Select
            showSearch={{ filterOption: false, onSearch: agencies.search }}
            loading={agencies.loading}
            options={agencies.options}
          />
        </Form.Item>
        <Form.Item name="implementingLevel" label={t('catalogue.implementingLevel')} rules={[required]}>
          <Select options={IMPLEMENTING_LEVELS.map((l) => ({ value: l, label: t(`agencyLevel.${l}`) }))} />
        </Form.Item>
        <Form.Item name="publishedNationally" valuePropName="checked">
          <Checkbox>{t('catalogue.publishedNationally')}</Checkbox>
        </Form.Item>
        {isNew ? (
          <>
            <Form.Item
              name="validFrom"
              label={t('catalogue.validFrom')}
              extra={t('catalogue.validFromHint')}
              getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : null })}
              normalize={(v: Dayjs | null) => (v ? v.format('YYYY-MM-DD') : '')}
            >
              <DatePicker format="DD/MM/YYYY" placeholder={t('common.datePlaceholder')} />
            </Form.Item>
            <Form.Item name="level" label={t('catalogue.firstLevel')} rules={[required]}>
              <Select
                options={levelsOn(validFrom).map((l) => ({ value: l, label: t(`procedure.level.${l}`) }))}
              />
            </Form.Item>
          </>
        ) : null}
      </fieldset>

      <fieldset className="op-fieldset">
        <legend>{t('catalogue.section.time')}</legend>
        <div className="op-catalogue-row">
          <Form.Item name="timeAmount" label={t('catalogue.timeAmount')} rules={[required]}>
            <InputNumber min={1} max={3650} precision={0} />
          </Form.Item>
          <Form.Item name="timeUnit" label={t('catalogue.timeUnit')} rules={[required]}>
            <Select
              className="op-filter-kind"
              options={TIME_LIMIT_UNITS.map((u) => ({ value: u, label: t(`catalogue.unit.${u}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="onlineAmount"
            label={t('catalogue.onlineAmount')}
            extra={t('catalogue.onlineHint')}
          >
            <InputNumber min={1} max={3650} precision={0} />
          </Form.Item>
          <Form.Item name="onlineUnit" label={t('catalogue.onlineUnit')}>
            <Select
              className="op-filter-kind"
              options={TIME_LIMIT_UNITS.map((u) => ({ value: u, label: t(`catalogue.unit.${u}`) }))}
            />
          </Form.Item>
        </div>
      </fieldset>

      <fieldset className="op-fieldset">
        <legend>{t('catalogue.section.result')}</legend>
        <Form.Item name="resultType" label={t('catalogue.resultType')} rules={[required]}>
          <Select options={RESULT_TYPES.map((r) => ({ value: r, label: t(`catalogue.resultTypes.${r}`) }))} />
        </Form.Item>
        <Form.Item name="resultName" label={t('catalogue.resultName')} rules={[required]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="conditions" label={t('procedure.conditions')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('procedure.legalBasis')} rules={[required]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </fieldset>

      <fieldset className="op-fieldset" data-testid="editor-fees">
        <legend>{t('procedure.fees')}</legend>
        <Form.List name="fees">
          {(items, { add, remove }) => (
            <>
              {items.length === 0 ? <p className="op-muted">{t('procedure.noFee')}</p> : null}
              {items.map((item, index) => (
                <div key={item.key} className="op-catalogue-row op-catalogue-item">
                  <Form.Item
                    name={[item.name, 'name']}
                    label={t('catalogue.feeName', { n: index + 1 })}
                    rules={[required]}
                    className="op-catalogue-grow"
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'amountVnd']}
                    label={t('catalogue.feeAmount')}
                    rules={[required]}
                  >
                    <InputNumber min={0} max={100_000_000_000} precision={0} step={1000} />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'note']}
                    label={t('catalogue.feeNote')}
                    className="op-catalogue-grow"
                  >
                    <Input maxLength={1000} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(item.name)}
                    aria-label={t('catalogue.removeFee', { n: index + 1 })}
                    className="op-catalogue-remove"
                  />
                </div>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', amountVnd: 0, note: '' })}
                data-testid="editor-add-fee"
              >
                {t('catalogue.addFee')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>

      <fieldset className="op-fieldset" data-testid="editor-components">
        <legend>{t('procedure.components')}</legend>
        <Form.List name="components">
          {(items, { add, remove }) => (
            <>
              {items.length === 0 ? <p className="op-muted">{t('catalogue.noComponents')}</p> : null}
              {items.map((item, index) => (
                <section
                  key={item.key}
                  className="op-catalogue-component"
                  aria-label={t('catalogue.componentN', { n: index + 1 })}
                >
                  <Heading className="op-subheading">{t('catalogue.componentN', { n: index + 1 })}</Heading>
                  <div className="op-catalogue-row">
                    <Form.Item
                      name={[item.name, 'name']}
                      label={t('catalogue.componentName')}
                      rules={[required]}
                      className="op-catalogue-grow"
                    >
                      <Input
                        maxLength={500}
                        onBlur={(e) => {
                          const keyPath: ['components', number, 'key'] = ['components', item.name, 'key'];
                          if (!form.getFieldValue(keyPath))
                            form.setFieldValue(keyPath, componentKey(e.target.value));
                        }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'key']}
                      label={t('catalogue.componentKey')}
                      extra={t('catalogue.componentKeyHint')}
                      rules={[
                        required,
                        { pattern: /^[a-z0-9][a-z0-9-]{0,63}$/, message: t('catalogue.componentKeyError') },
                      ]}
                    >
                      <Input maxLength={64} autoComplete="off" />
                    </Form.Item>
                  </div>
                  <div className="op-catalogue-row">
                    <Form.Item name={[item.name, 'originals']} label={t('catalogue.originals')}>
                      <InputNumber min={0} max={20} precision={0} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'copies']} label={t('catalogue.copies')}>
                      <InputNumber min={0} max={20} precision={0} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'required']} valuePropName="checked">
                      <Checkbox>{t('catalogue.componentRequired')}</Checkbox>
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'templateFileName']}
                      label={t('catalogue.templateFileName')}
                      className="op-catalogue-grow"
                    >
                      <Input maxLength={255} />
                    </Form.Item>
                  </div>
                  <Form.Item
                    name={[item.name, 'formSchemaText']}
                    label={t('catalogue.formSchema')}
                    extra={t('catalogue.formSchemaHint')}
                    rules={[schemaRule]}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 3, maxRows: 16 }}
                      spellCheck={false}
                      className="op-code-input"
                      data-testid={`editor-schema-${index}`}
                    />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(item.name)} danger>
                    {t('catalogue.removeComponent', { n: index + 1 })}
                  </Button>
                </section>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ key: '', name: '', originals: 1, copies: 0, required: true, formSchemaText: '' })
                }
                data-testid="editor-add-component"
              >
                {t('catalogue.addComponent')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>

      <StepsEditor form={form} Heading={Heading} />

      {problem ? <ProblemAlert problem={problem} placed={failure.placed} /> : null}
      <div className="op-actions">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="editor-save">
          {isNew ? t('catalogue.create') : t('catalogue.save')}
        </Button>
      </div>
    </Form>
  );
}
