import { Alert, Button, Form, Input, Radio, Select } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query.ts';
import type { ToFormField } from '../../../ui/form-errors.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
import { fetchCommunesInForce } from '../api/communes.api.ts';
import { documentUrl, receiveAtCounter, type SubmittedDossier } from '../api/dossiers.api.ts';
import { communeMatches } from '../utils/commune-search.ts';
import { makeIdempotencyKey } from '../utils/draft.ts';
import {
  answersBody,
  applicantBody,
  buildQuestions,
  type ProcedureForm,
  parseAnswer,
} from '../utils/wizard.ts';

export interface ProcedureOption {
  id: string;
  name: string;
  nationalCode: string;
}

interface CounterValues {
  channel: 'direct' | 'postal';
  name: string;
  phone?: string;
  email?: string;
  address?: string;
  /** The applicant's commune (GSO code of a commune in force today). */
  communeCode?: string;
  answers?: Record<string, string>;
}

/**
 * The applicant as the API takes it: the phone is optional at the counter (an applicant may have none), so
 * an empty one is left out rather than sent as "" (which the API rightly refuses as a malformed number).
 */
function counterApplicant(values: CounterValues) {
  const { phone, ...rest } = applicantBody({
    name: values.name,
    phone: values.phone ?? '',
    email: values.email ?? '',
    address: values.address ?? '',
    communeCode: values.communeCode ?? '',
  });
  return { ...rest, ...(phone ? { phone } : {}) };
}

/**
 * The API's field errors on the counter form's fields: the applicant's details are sent under
 * `applicant`, an e-form answer `answers/<component>/<field>` sits in the field `answers.<component>__<field>`.
 */
const counterFieldOf: ToFormField = (e) => {
  if (e.part !== 'body') return undefined;
  if (e.name[0] === 'applicant' && e.name[1] !== undefined) return [e.name[1]];
  if (e.name[0] === 'answers' && e.name.length >= 3) return ['answers', `${e.name[1]}__${e.name[2]}`];
  return undefined;
};

/**
 * Receiving a dossier at the one-stop counter: pick the procedure (searched accent-free), type the
 * applicant and the e-form answers, and hand the appointment slip over. One Idempotency-Key per form, so a
 * double click at a busy counter files one dossier.
 */
export function CounterForm({
  search,
  procedure,
  onProcedure,
  dossierHref,
}: {
  search: (q: string) => Promise<ProcedureOption[]>;
  procedure: (ProcedureForm & { name: string }) | null;
  onProcedure: (id: string | null) => void;
  dossierHref: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<CounterValues>();
  const communes = useApiQuery('communes-in-force', (signal) => fetchCommunesInForce(signal));
  const communeOptions = useMemo(
    () =>
      (communes.data ?? [])
        .map((c) => ({ value: c.code, label: i18n.language === 'en' ? c.fullNameEn : c.fullName }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi', { numeric: true })),
    [communes.data, i18n.language],
  );
  const failure = useFormProblem(form, { toField: counterFieldOf });
  const problem = failure.problem;
  const [options, setOptions] = useState<ProcedureOption[]>([]);
  const [received, setReceived] = useState<SubmittedDossier | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const key = useRef(makeIdempotencyKey());
  const questions = useMemo(() => (procedure ? buildQuestions(procedure) : []), [procedure]);

  async function submit(values: CounterValues) {
    if (!procedure) return;
    setIsSubmitting(true);
    failure.clear();
    const raw = values.answers ?? {};
    const byId = Object.fromEntries(questions.map((q) => [q.id, raw[q.id.replace('.', '__')] ?? '']));
    try {
      const dossier = await receiveAtCounter(
        {
          procedureId: procedure.id,
          channel: values.channel,
          applicant: counterApplicant(values),
          answers: answersBody(questions, byId),
        },
        key.current,
      );
      setReceived(dossier);
      key.current = makeIdempotencyKey();
      form.resetFields();
      onProcedure(null);
    } catch (error) {
      failure.report(error);
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <>
      {received ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="op-form-alert"
          data-testid="counter-received"
          title={t('counter.received', { code: received.code })}
          description={
            <>
              <p>
                {t('counter.dueAt', {
                  at: received.dueAt ? formatDateTime(received.dueAt) : t('dossier.noDueYet'),
                })}
              </p>
              <p>
                <a href={documentUrl(received.id, 'receipt.pdf')} target="_blank" rel="noopener">
                  {t('office.documentNames.receipt')}
                </a>{' '}
                — <Link to={dossierHref(received.id)}>{t('counter.open')}</Link>
              </p>
            </>
          }
        />
      ) : null}
      {problem ? <ProblemAlert problem={problem} placed={failure.placed} className="op-form-alert" /> : null}
      <Form<CounterValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ channel: 'direct' }}
        className="op-panel op-counter-form"
      >
        <Form.Item
          label={t('counter.procedure')}
          name="procedureId"
          extra={t('counter.procedureHelp')}
          rules={[{ required: true, message: t('counter.procedureRequired') }]}
        >
          <Select
            showSearch
            filterOption={false}
            allowClear
            placeholder={t('counter.procedurePlaceholder')}
            onSearch={async (q) => setOptions(q.trim().length >= 2 ? await search(q) : [])}
            onChange={(id: string | undefined) => onProcedure(id ?? null)}
            options={options.map((o) => ({ value: o.id, label: `${o.nationalCode} — ${o.name}` }))}
            data-testid="counter-procedure"
          />
        </Form.Item>
        <Form.Item label={t('counter.channel')} name="channel">
          <Radio.Group
            options={[
              { value: 'direct', label: t('dossier.channels.direct') },
              { value: 'postal', label: t('dossier.channels.postal') },
            ]}
          />
        </Form.Item>
        <fieldset className="op-fieldset">
          <legend>{t('counter.applicant')}</legend>
          <Form.Item
            label={t('apply.applicant.name')}
            name="name"
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('login.required', { field: t('apply.applicant.name') }),
              },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t('apply.applicant.phone')}
            name="phone"
            rules={[{ pattern: /^(\+84|0)\d{9,10}$/, message: t('apply.applicantErrors.phone') }]}
          >
            <Input inputMode="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('apply.applicant.address')} name="address">
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('counter.commune')} name="communeCode" extra={t('counter.communeHelp')}>
            <Select
              showSearch
              allowClear
              filterOption={(typed, option) => communeMatches(typed, String(option?.label ?? ''))}
              loading={communes.isLoading}
              placeholder={t('counter.communePlaceholder')}
              options={communeOptions}
              data-testid="counter-commune"
            />
          </Form.Item>
        </fieldset>
        {questions.length ? (
          <fieldset className="op-fieldset">
            <legend>{questions[0]!.componentName}</legend>
            {questions.map((q) => (
              <Form.Item
                key={q.id}
                label={q.title}
                name={['answers', q.id.replace('.', '__')]}
                extra={q.kind === 'date' ? t('apply.hints.date') : undefined}
                rules={[
                  {
                    validator: async (_rule, value: string | undefined) => {
                      const parsed = parseAnswer(q, value ?? '');
                      if (parsed.error)
                        throw new Error(t(`apply.errors.${parsed.error}`, { field: q.title }));
                    },
                  },
                ]}
              >
                {q.options.length && q.kind !== 'boolean' ? (
                  <Select options={q.options.map((o) => ({ value: o, label: o }))} allowClear />
                ) : (
                  <Input autoComplete="off" />
                )}
              </Form.Item>
            ))}
          </fieldset>
        ) : null}
        <Button
          type="primary"
          htmlType="submit"
          loading={isSubmitting}
          disabled={!procedure}
          data-testid="counter-submit"
        >
          {t('counter.submit')}
        </Button>
      </Form>
    </>
  );
}
