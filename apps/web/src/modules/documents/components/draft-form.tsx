import { Button, Form, Input, Select, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import {
  type AgencyOption,
  type CreateOutgoingBody,
  createOutgoing,
  type Outgoing,
  SECRECIES,
  type Secrecy,
  searchAgencies,
  URGENCIES,
  type Urgency,
} from '../api/documents.api.ts';
import { DRAFT_TYPES } from '../utils/labels.ts';

interface DraftValues {
  typeCode: (typeof DRAFT_TYPES)[number];
  subject: string;
  content: string;
  recipients: { value: string; label: string }[];
  urgency: Urgency;
  secrecy: Secrecy;
}

/**
 * A new outgoing document: type, summary (trích yếu), content (laid out by the Decree 30 template on the
 * server), recipients chosen from the agency directory, urgency and secrecy marks.
 */
export function DraftForm({ onCreated }: { onCreated: (doc: Outgoing) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DraftValues>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [options, setOptions] = useState<AgencyOption[]>([]);
  const [searching, setSearching] = useState(false);
  const searchRef = useRef<AbortController | null>(null);
  const names = useRef(new Map<string, string>());

  async function search(q: string) {
    searchRef.current?.abort();
    const controller = new AbortController();
    searchRef.current = controller;
    setSearching(true);
    try {
      const found = await searchAgencies(q.trim(), controller.signal);
      for (const a of found) names.current.set(a.id, a.name);
      setOptions(found);
    } catch {
      // A failed search leaves the previous options; the next keystroke tries again.
    } finally {
      if (!controller.signal.aborted) setSearching(false);
    }
  }

  async function finish(values: DraftValues) {
    setBusy(true);
    setProblem(null);
    const body: CreateOutgoingBody = {
      kind: values.typeCode ? 'administrative' : 'official_letter',
      subject: values.subject.normalize('NFC').trim(),
      content: values.content.normalize('NFC').trim(),
      urgency: values.urgency,
      secrecy: values.secrecy,
      generateFromTemplate: true,
      recipients: values.recipients.map((r) => ({
        agencyId: r.value,
        name: names.current.get(r.value) ?? r.label,
      })),
    };
    if (values.typeCode) body.typeCode = values.typeCode;
    try {
      onCreated(await createOutgoing(body));
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : toApiProblem(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="op-panel" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('documents.draft.heading')}</h2>
      {problem ? <ProblemAlert problem={problem} className="op-form-alert" /> : null}
      <Form<DraftValues>
        form={form}
        name="draft"
        layout="vertical"
        onFinish={(v) => void finish(v)}
        initialValues={{ typeCode: 'KH', urgency: 'normal', secrecy: 'normal', recipients: [] }}
        data-testid="draft-form"
      >
        <Form.Item name="typeCode" label={t('documents.draft.type')}>
          <Select
            data-testid="draft-type"
            options={DRAFT_TYPES.map((code) => ({
              value: code,
              label: t(`documents.types.${code || 'CV'}` as 'documents.types.KH'),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('documents.subject')}
          extra={t('documents.draft.subjectHelp')}
          rules={[
            { required: true, whitespace: true, min: 3, message: t('documents.draft.subjectRequired') },
          ]}
        >
          <Input maxLength={1000} data-testid="draft-subject" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('documents.draft.content')}
          extra={t('documents.draft.contentHelp')}
          rules={[{ required: true, whitespace: true, message: t('documents.draft.contentRequired') }]}
        >
          <Input.TextArea rows={6} data-testid="draft-content" />
        </Form.Item>
        <Form.Item
          name="recipients"
          label={t('documents.draft.recipients')}
          extra={t('documents.draft.recipientsHelp')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('documents.draft.recipientsRequired') },
          ]}
        >
          <Select
            mode="multiple"
            labelInValue
            showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
            onFocus={() => options.length === 0 && void search('')}
            notFoundContent={searching ? <Spin size="small" /> : t('documents.draft.noAgency')}
            options={options.map((a) => ({ value: a.id, label: `${a.name} (${a.abbreviation})` }))}
            data-testid="draft-recipients"
          />
        </Form.Item>
        <div className="op-form-row">
          <Form.Item name="urgency" label={t('documents.urgency')}>
            <Select
              data-testid="draft-urgency"
              options={URGENCIES.map((u) => ({ value: u, label: t(`documents.urgencies.${u}`) }))}
            />
          </Form.Item>
          <Form.Item name="secrecy" label={t('documents.secrecy')}>
            <Select
              data-testid="draft-secrecy"
              options={SECRECIES.map((s) => ({ value: s, label: t(`documents.secrecies.${s}`) }))}
            />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="draft-save">
          {t('documents.draft.save')}
        </Button>
      </Form>
    </section>
  );
}
