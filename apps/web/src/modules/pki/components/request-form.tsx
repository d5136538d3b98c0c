import { Button, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
import {
  type CertificateKind,
  type CertificateMedium,
  type CertificateRequest,
  createRequest,
  KINDS,
  listOfficials,
  MEDIA,
  type RequestBody,
} from '../api/pki.api.ts';

interface Values {
  kind: CertificateKind;
  medium: CertificateMedium;
  holderOfficialId?: string;
  holderName: string;
  holderTitle?: string;
  email?: string;
  validityMonths: number;
  note?: string;
}

/**
 * A certificate request (Circular 185/2019: form 01 for a person, 03/04 for an organisation). A personal
 * certificate is held by an official of the agency, on a USB token or a SIM PKI; the organisation's
 * certificate (its digital seal) only on a USB token kept by the clerk.
 */
export function RequestForm({
  agencyId,
  onCreated,
}: {
  agencyId?: string;
  onCreated: (r: CertificateRequest) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const failure = useFormProblem(form);
  const problem = failure.problem;
  const kind = Form.useWatch('kind', form) ?? 'personal';
  const officials = useApiQuery(kind === 'personal' ? `officials|${agencyId ?? ''}` : null, (signal) =>
    listOfficials(agencyId, signal),
  );
  const [busy, setBusy] = useState(false);

  async function finish(values: Values) {
    setBusy(true);
    failure.clear();
    const clean = (s?: string) => (s ?? '').normalize('NFC').trim();
    const body: RequestBody = {
      kind: values.kind,
      medium: values.kind === 'organisation' ? 'usb_token' : values.medium,
      holderName: clean(values.holderName),
      validityMonths: values.validityMonths,
    };
    if (values.kind === 'personal' && values.holderOfficialId)
      body.holderOfficialId = values.holderOfficialId;
    if (clean(values.holderTitle)) body.holderTitle = clean(values.holderTitle);
    if (clean(values.email)) body.email = clean(values.email);
    if (clean(values.note)) body.note = clean(values.note);
    try {
      onCreated(await createRequest(body));
      form.resetFields();
    } catch (error) {
      failure.report(error);
    } finally {
      setBusy(false);
    }
  }

  const required = { required: true, message: t('pki.required') };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{ kind: 'personal', medium: 'usb_token', validityMonths: 36 }}
      onFinish={(v) => void finish(v)}
      onValuesChange={(changed: Partial<Values>) => {
        if (changed.kind === 'organisation')
          form.setFieldsValue({ medium: 'usb_token', holderOfficialId: undefined });
        if (changed.holderOfficialId) {
          const o = officials.data?.find((x) => x.id === changed.holderOfficialId);
          if (o)
            form.setFieldsValue({
              holderName: o.fullName,
              holderTitle: o.position ?? '',
              email: o.email ?? '',
            });
        }
      }}
      data-testid="request-form"
    >
      <Form.Item name="kind" label={t('pki.kind')} rules={[required]}>
        <Radio.Group
          options={KINDS.map((k) => ({ value: k, label: t(`pki.kinds.${k}`) }))}
          data-testid="request-kind"
        />
      </Form.Item>
      <Form.Item
        name="medium"
        label={t('pki.medium')}
        rules={[required]}
        extra={kind === 'organisation' ? t('pki.organisationMedium') : undefined}
      >
        <Radio.Group
          options={MEDIA.map((m) => ({
            value: m,
            label: t(`pki.media.${m}`),
            disabled: kind === 'organisation' && m === 'sim_pki',
          }))}
        />
      </Form.Item>
      {kind === 'personal' ? (
        <Form.Item
          name="holderOfficialId"
          label={t('pki.holderOfficial')}
          rules={[required]}
          extra={t('pki.holderOfficialHint')}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={officials.isLoading}
            options={(officials.data ?? []).map((o) => ({
              value: o.id,
              label: o.position ? `${o.fullName} — ${o.position}` : o.fullName,
            }))}
          />
        </Form.Item>
      ) : null}
      {officials.problem ? <ProblemAlert problem={officials.problem} /> : null}
      <Form.Item
        name="holderName"
        label={kind === 'personal' ? t('pki.holderName') : t('pki.organisationName')}
        rules={[required, { min: 2, max: 200, message: t('pki.holderNameError') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="holderTitle"
        label={kind === 'personal' ? t('pki.holderTitle') : t('pki.organisationUnit')}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('pki.email')}
        rules={[{ type: 'email', message: t('pki.emailError') }]}
      >
        <Input type="email" maxLength={200} />
      </Form.Item>
      <Form.Item name="validityMonths" label={t('pki.validityMonths')} rules={[required]}>
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>
      <Form.Item name="note" label={t('pki.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      {problem ? <ProblemAlert problem={problem} placed={failure.placed} /> : null}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="request-submit">
        {t('pki.requestSubmit')}
      </Button>
    </Form>
  );
}
