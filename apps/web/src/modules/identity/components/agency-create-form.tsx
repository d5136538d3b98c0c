import { Button, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
import { type CreateAgencyBody, createAgency } from '../api/admin.api.ts';
import {
  AGENCY_KINDS,
  AGENCY_LEVELS,
  type Agency,
  type AgencyKind,
  type AgencyLevel,
} from '../api/agencies.api.ts';
import { type AgencyOption, AgencySelect } from './agency-select.tsx';

interface AgencyValues {
  code: string;
  abbreviation: string;
  name: string;
  nameEn?: string;
  kind: AgencyKind;
  level: AgencyLevel;
  sector: 'state' | 'party';
  parentId?: string | null;
  adminUnitCode?: string;
  usesDocumentManagement: boolean;
  onPrivateNetwork: boolean;
  validFrom: Dayjs;
}

/** Electronic identification code of Decision 20/2020/QĐ-TTg: four groups, e.g. 000.00.31.H59. */
export const AGENCY_CODE = /^[A-Z0-9]{2,3}(\.[A-Z0-9]{2,3}){3}$/;

/** A new agency in the directory: its identification code, names, kind and level, parent and start date. */
export function AgencyCreateForm({
  parent,
  onCreated,
}: {
  parent: AgencyOption | null;
  onCreated: (agency: Agency) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AgencyValues>();
  const failure = useFormProblem(form);
  const problem = failure.problem;
  const [busy, setBusy] = useState(false);

  async function finish(v: AgencyValues) {
    setBusy(true);
    failure.clear();
    const body: CreateAgencyBody = {
      code: v.code.trim().toUpperCase(),
      abbreviation: v.abbreviation.normalize('NFC').trim(),
      name: v.name.normalize('NFC').trim(),
      kind: v.kind,
      level: v.level,
      sector: v.sector,
      usesDocumentManagement: v.usesDocumentManagement,
      onPrivateNetwork: v.onPrivateNetwork,
      validFrom: v.validFrom.format('YYYY-MM-DD'),
    };
    if (v.nameEn?.trim()) body.nameEn = v.nameEn.normalize('NFC').trim();
    if (v.parentId) body.parentId = v.parentId;
    if (v.adminUnitCode?.trim()) body.adminUnitCode = v.adminUnitCode.trim();
    try {
      onCreated(await createAgency(body));
    } catch (error) {
      failure.report(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="op-panel" aria-labelledby="agency-create-heading">
      <h2 id="agency-create-heading">{t('admin.agency.createHeading')}</h2>
      {problem ? <ProblemAlert problem={problem} placed={failure.placed} className="op-form-alert" /> : null}
      <Form<AgencyValues>
        form={form}
        name="agency"
        layout="vertical"
        onFinish={(v) => void finish(v)}
        initialValues={{
          kind: 'department',
          level: 'province',
          sector: 'state',
          parentId: parent?.id ?? null,
          usesDocumentManagement: true,
          onPrivateNetwork: false,
          validFrom: dayjs(vietnamToday()),
        }}
        data-testid="agency-create-form"
      >
        <Form.Item
          name="name"
          label={t('admin.agency.name')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('admin.agency.nameRequired') }]}
        >
          <Input maxLength={300} data-testid="agency-name" />
        </Form.Item>
        <div className="op-form-row">
          <Form.Item
            name="abbreviation"
            label={t('admin.agency.abbreviation')}
            extra={t('admin.agency.abbreviationHelp')}
            rules={[{ required: true, whitespace: true, message: t('admin.agency.abbreviationRequired') }]}
          >
            <Input maxLength={30} data-testid="agency-abbreviation" />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('admin.agency.code')}
            extra={t('admin.agency.codeHelp')}
            normalize={(v: string) => v.toUpperCase()}
            rules={[
              { required: true, message: t('admin.agency.codeRequired') },
              { pattern: AGENCY_CODE, message: t('admin.agency.codeFormat') },
            ]}
          >
            <Input maxLength={15} spellCheck={false} data-testid="agency-code" />
          </Form.Item>
        </div>
        <Form.Item name="nameEn" label={t('admin.agency.nameEn')}>
          <Input maxLength={300} lang="en" />
        </Form.Item>
        <Form.Item name="parentId" label={t('admin.agency.parent')} extra={t('admin.agency.parentHelp')}>
          <AgencySelect id="agency_parentId" initial={parent} allowClear testId="agency-parent" />
        </Form.Item>
        <div className="op-form-row">
          <Form.Item name="kind" label={t('admin.agency.kind')}>
            <Select options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="level" label={t('admin.agency.level')}>
            <Select options={AGENCY_LEVELS.map((l) => ({ value: l, label: t(`agencyLevel.${l}`) }))} />
          </Form.Item>
          <Form.Item name="sector" label={t('admin.agency.sector')}>
            <Select
              options={(['state', 'party'] as const).map((s) => ({ value: s, label: t(`sector.${s}`) }))}
            />
          </Form.Item>
        </div>
        <div className="op-form-row">
          <Form.Item
            name="adminUnitCode"
            label={t('admin.agency.adminUnitCode')}
            extra={t('admin.agency.adminUnitCodeHelp')}
            rules={[{ pattern: /^[0-9]{2,5}$/, message: t('admin.agency.adminUnitCodeFormat') }]}
          >
            <Input maxLength={5} inputMode="numeric" />
          </Form.Item>
          <Form.Item
            name="validFrom"
            label={t('admin.agency.validFrom')}
            rules={[{ required: true, message: t('admin.agency.validFromRequired') }]}
          >
            <DatePicker format="DD/MM/YYYY" placeholder={t('common.datePlaceholder')} />
          </Form.Item>
        </div>
        <Form.Item name="usesDocumentManagement" valuePropName="checked">
          <Checkbox>{t('admin.agency.usesDocumentManagement')}</Checkbox>
        </Form.Item>
        <Form.Item name="onPrivateNetwork" valuePropName="checked">
          <Checkbox>{t('admin.agency.onPrivateNetwork')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="agency-create-submit">
          {t('admin.agency.create')}
        </Button>
      </Form>
    </section>
  );
}
