import { Button, Form, Input, Select, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToFormField } from '../../../ui/form-errors.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
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
import { normaliseDraftingUnit, notationPreview } from '../utils/notation.ts';

interface DraftValues {
  typeCode: (typeof DRAFT_TYPES)[number];
  draftingUnit?: string;
  subject: string;
  content: string;
  recipients: { value: string; label: string }[];
  urgency: Urgency;
  secrecy: Secrecy;
}

/** The API's `kind` is chosen with the type: its errors belong to the type field. */
const toField: ToFormField = (e) => (e.part === 'body' && e.name[0] === 'kind' ? ['typeCode'] : undefined);

/**
 * A new outgoing document: type, drafting unit (which a công văn's symbol carries: …/STTTT-VP), summary
 * (trích yếu), content (laid out by the Decree 30 template on the server), recipients chosen from the
 * agency directory, urgency and secrecy marks. The rules of Decree 30 are the API's: what it refuses is
 * shown next to the field it is about.
 */
export function DraftForm({
  onCreated,
  agencyAbbreviation,
}: {
  onCreated: (doc: Outgoing) => void;
  /** The drafting agency's abbreviation, for the preview of the symbol. */
  agencyAbbreviation?: string | undefined;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DraftValues>();
  const failure = useFormProblem(form, { toField });
  const typeCode = Form.useWatch('typeCode', form) ?? 'KH';
  const draftingUnit = Form.useWatch('draftingUnit', form) ?? '';
  const isLetter = typeCode === '';
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
    failure.clear();
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
    const unit = normaliseDraftingUnit(values.draftingUnit ?? '');
    if (unit) body.draftingUnit = unit;
    try {
      onCreated(await createOutgoing(body));
    } catch (error) {
      failure.report(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="op-panel" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('documents.draft.heading')}</h2>
      {failure.problem ? (
        <ProblemAlert problem={failure.problem} placed={failure.placed} className="op-form-alert" />
      ) : null}
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
          name="draftingUnit"
          label={t('documents.draft.draftingUnit')}
          required={isLetter}
          normalize={(v: string) => normaliseDraftingUnit(v ?? '')}
          extra={
            <>
              {t(isLetter ? 'documents.draft.draftingUnitHelpLetter' : 'documents.draft.draftingUnitHelp')}{' '}
              {agencyAbbreviation ? (
                <span data-testid="draft-notation">
                  {t('documents.draft.notation', {
                    notation: notationPreview({ typeCode, agency: agencyAbbreviation, draftingUnit }),
                  })}
                </span>
              ) : null}
            </>
          }
        >
          <Input maxLength={20} autoComplete="off" spellCheck={false} data-testid="draft-drafting-unit" />
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
