import { FilePdfOutlined } from '@ant-design/icons';
import { DOCUMENT_PERMISSIONS } from '@openprovince/documents/contracts';
import { Alert, Button, Descriptions, Form, Input, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
import {
  changeOutgoing,
  issueOutgoing,
  listStatuses,
  type Outgoing,
  outgoingFileUrl,
  recallOutgoing,
  SIGN_MODES,
  type SignBody,
  type SignMode,
  type StatusMessage,
  signOutgoing,
} from '../api/documents.api.ts';
import { dialogFieldOf } from '../utils/form-fields.ts';
import { outgoingStatusLabel } from '../utils/labels.ts';
import { CertificateField } from './certificate-field.tsx';
import { CopiesPanel } from './copies-panel.tsx';

/** The actions this screen offers, in the order of the workflow (edit and replace are not offered here). */
const ACTIONS = ['submit', 'sign', 'issue', 'return', 'recall', 'cancel'] as const;
type Action = (typeof ACTIONS)[number];

interface ModalValues {
  note?: string;
  reason?: string;
  password?: string;
  certificateId?: string;
  position?: string;
  signMode?: SignMode;
  onBehalfOf?: string;
}

/**
 * An outgoing document for the official: its particulars, the signatures, the PDF, and the actions its
 * state allows them. Signing and issuing ask for the password again (a fresh re-authentication, ≤ 5 min);
 * every action sends the version seen in If-Match, and a 412 reloads the document.
 */
export function OutgoingDetail({
  doc,
  me,
  onChanged,
  onStale,
}: {
  doc: Outgoing;
  me: { id: string; permissions: readonly string[]; position?: string | undefined };
  onChanged: (d: Outgoing) => void;
  onStale: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Action | null>(null);
  const [form] = Form.useForm<ModalValues>();
  // A wrong password, a missing title signed for…: shown under the dialog's field they are about.
  const failure = useFormProblem(form, { toField: dialogFieldOf });
  const problem = failure.problem;
  const signMode = Form.useWatch('signMode', form);
  const actions = ACTIONS.filter((a) => doc.allowedActions.includes(a));
  const sent = doc.status === 'issued' || doc.status === 'recalled' || doc.status === 'replaced';
  const statuses = useApiQuery(sent ? `statuses|${doc.id}|${doc.version}` : null, (signal) =>
    listStatuses(doc.id, signal),
  );

  async function run(action: Action, values: ModalValues = {}) {
    setBusy(true);
    failure.clear();
    setDone(null);
    try {
      let next: Outgoing;
      if (action === 'sign') {
        const body: SignBody = {
          password: values.password ?? '',
          certificateId: (values.certificateId ?? '').trim(),
          position: (values.position ?? '').normalize('NFC').trim(),
        };
        if (values.signMode) {
          body.signMode = values.signMode;
          body.onBehalfOf = (values.onBehalfOf ?? '').normalize('NFC').trim();
        }
        next = await signOutgoing(doc, body);
      } else if (action === 'issue') {
        const organisationCertificateId = (values.certificateId ?? '').trim();
        next = await issueOutgoing(doc, { password: values.password ?? '', organisationCertificateId });
      } else if (action === 'recall') {
        next = await recallOutgoing(doc, (values.reason ?? '').normalize('NFC').trim());
      } else {
        next = await changeOutgoing(doc, action, values.note?.normalize('NFC').trim() || undefined);
      }
      setAsking(null);
      form.resetFields();
      setDone(action);
      onChanged(next);
    } catch (error) {
      const p = failure.report(error);
      if (p.status === 412) {
        setAsking(null);
        onStale();
      }
    } finally {
      setBusy(false);
    }
  }

  function open(action: Action) {
    if (action === 'submit') {
      void run(action);
      return;
    }
    failure.clear();
    form.resetFields();
    if (action === 'sign') {
      form.setFieldsValue({ position: me.position, signMode: '' });
    }
    setAsking(action);
  }

  const recipients = doc.recipients.map((r) => r.name).join('; ');
  return (
    <div className="op-dossier" data-testid="outgoing-detail">
      {problem && asking === null ? <ProblemAlert problem={problem} className="op-form-alert" /> : null}
      {done ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="op-form-alert"
          title={t('documents.done', { action: t(`documents.actions.${done}`) })}
          data-testid="document-action-done"
        />
      ) : null}
      {doc.status === 'recalled' ? (
        <Alert
          type="warning"
          showIcon
          className="op-form-alert"
          data-testid="document-recalled"
          title={t('documents.recall.recalledTitle')}
          description={t('documents.recall.recalledOutgoing', { reason: doc.recallReason ?? '' })}
        />
      ) : null}
      <div className="op-dossier-grid">
        <section className="op-panel" aria-labelledby="document-summary">
          <h2 id="document-summary">{t('documents.particulars')}</h2>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'status',
                label: t('documents.status'),
                children: <span data-testid="document-status">{outgoingStatusLabel(t, doc.status)}</span>,
              },
              {
                key: 'number',
                label: t('documents.numberSymbol'),
                children: (
                  <span data-testid="document-number">{doc.numberSymbol ?? t('documents.notNumbered')}</span>
                ),
              },
              {
                key: 'type',
                label: t('documents.draft.type'),
                children: doc.typeName ?? t('documents.types.CV'),
              },
              { key: 'recipients', label: t('documents.draft.recipients'), children: recipients },
              {
                key: 'urgency',
                label: t('documents.urgency'),
                children: t(`documents.urgencies.${doc.urgency}`),
              },
              {
                key: 'secrecy',
                label: t('documents.secrecy'),
                children: t(`documents.secrecies.${doc.secrecy}`),
              },
              { key: 'author', label: t('documents.createdBy'), children: doc.createdByName },
              {
                key: 'signer',
                label: t('documents.signer'),
                children: doc.signerName
                  ? `${doc.signMode ? `${doc.signMode} ` : ''}${doc.signerPosition ?? ''} — ${doc.signerName}`
                  : t('common.none'),
              },
              {
                key: 'issued',
                label: t('documents.issuedAt'),
                children: doc.issuedAt ? formatDateTime(doc.issuedAt) : t('common.none'),
              },
              ...(doc.issueBy && !doc.issuedAt
                ? [{ key: 'issueBy', label: t('documents.issueBy'), children: formatDateTime(doc.issueBy) }]
                : []),
              ...(doc.recallReason
                ? [{ key: 'recall', label: t('documents.recallReason'), children: doc.recallReason }]
                : []),
            ]}
          />
        </section>

        <section className="op-panel" aria-labelledby="document-actions">
          <h2 id="document-actions">{t('documents.actionsHeading')}</h2>
          {actions.length === 0 ? <p className="op-muted">{t('documents.noActions')}</p> : null}
          <Space wrap>
            {actions.map((a) => (
              <Button
                key={a}
                type={a === 'submit' || a === 'sign' || a === 'issue' ? 'primary' : 'default'}
                danger={a === 'cancel' || a === 'recall'}
                loading={busy && (asking === a || (a === 'submit' && asking === null))}
                data-testid={`document-action-${a}`}
                onClick={() => open(a)}
              >
                {t(`documents.actions.${a}`)}
              </Button>
            ))}
          </Space>
          <h3 className="op-subheading">{t('documents.signaturesHeading')}</h3>
          {doc.signatures.length === 0 ? <p className="op-muted">{t('documents.noSignatures')}</p> : null}
          <ul className="op-doc-list" data-testid="document-signatures">
            {doc.signatures.map((s) => (
              <li key={`${s.kind}-${s.certificateId}`}>
                {t(`documents.signatureKinds.${s.kind}`)} — {s.signerName} — {formatDateTime(s.signedAt)}
              </li>
            ))}
          </ul>
          {doc.file ? (
            <p>
              <a
                href={outgoingFileUrl(doc.id)}
                data-testid="document-file"
                lang={i18n.language === 'en' ? 'en' : undefined}
              >
                <FilePdfOutlined aria-hidden="true" /> {t('documents.downloadPdf')}
              </a>
            </p>
          ) : null}
        </section>
      </div>

      {sent ? (
        <section className="op-panel" aria-labelledby="document-statuses">
          <h2 id="document-statuses">{t('documents.recipientStatuses.heading')}</h2>
          {statuses.problem ? <ProblemAlert problem={statuses.problem} className="op-form-alert" /> : null}
          <Table<StatusMessage>
            data-testid="document-statuses"
            rowKey={(r) => `${r.statusCode}-${r.occurredAt}-${r.fromCode ?? ''}-${r.toAgencyId ?? ''}`}
            size="small"
            pagination={false}
            loading={statuses.isLoading}
            dataSource={statuses.data ?? []}
            scroll={{ x: 640 }}
            locale={{
              emptyText: <span className="op-muted">{t('documents.recipientStatuses.empty')}</span>,
            }}
            columns={[
              {
                title: t('documents.recipientStatuses.at'),
                dataIndex: 'occurredAt',
                className: 'op-col-nowrap',
                render: (v: string) => formatDateTime(v),
              },
              {
                title: t('documents.recipientStatuses.status'),
                key: 'status',
                render: (_: unknown, r) => (
                  <span data-testid={`status-${r.statusCode}`}>
                    {r.statusCode} — {i18n.language === 'en' ? r.labelEn : r.label}
                  </span>
                ),
              },
              { title: t('documents.recipientStatuses.from'), dataIndex: 'fromCode' },
              {
                title: t('documents.recipientStatuses.note'),
                dataIndex: 'description',
                render: (v: string | null) => v ?? '',
              },
            ]}
          />
        </section>
      ) : null}

      {sent ? (
        <CopiesPanel
          source={{ kind: 'outgoing', id: doc.id }}
          canCopy={me.permissions.includes(DOCUMENT_PERMISSIONS.issue)}
          copyable={doc.status === 'issued'}
        />
      ) : null}

      <Modal
        open={asking !== null}
        title={asking ? t(`documents.actions.${asking}`) : ''}
        okText={t('documents.confirm')}
        cancelText={t('documents.cancelModal')}
        confirmLoading={busy}
        onCancel={() => setAsking(null)}
        onOk={() => form.submit()}
        okButtonProps={{ 'data-testid': 'document-modal-ok' } as Record<string, string>}
        destroyOnHidden
        forceRender
      >
        {problem && asking !== null ? (
          <ProblemAlert problem={problem} placed={failure.placed} className="op-form-alert" />
        ) : null}
        <Form<ModalValues>
          form={form}
          name="outgoing-action"
          layout="vertical"
          onFinish={(v) => asking && void run(asking, v)}
        >
          {asking === 'sign' ? (
            <>
              <CertificateField name="certificateId" kind="personal" />
              <Form.Item
                name="position"
                label={t('documents.sign.position')}
                extra={t('documents.sign.positionHelp')}
                rules={[
                  { required: true, whitespace: true, min: 2, message: t('documents.sign.positionRequired') },
                ]}
              >
                <Input data-testid="sign-position" />
              </Form.Item>
              <Form.Item name="signMode" label={t('documents.sign.mode')}>
                <Select
                  options={SIGN_MODES.map((m) => ({
                    value: m,
                    label: t(`documents.signModes.${m || 'self'}` as 'documents.signModes.self'),
                  }))}
                />
              </Form.Item>
              {signMode ? (
                <Form.Item
                  name="onBehalfOf"
                  label={t('documents.sign.onBehalfOf')}
                  rules={[
                    { required: true, whitespace: true, message: t('documents.sign.onBehalfOfRequired') },
                  ]}
                >
                  <Input />
                </Form.Item>
              ) : null}
            </>
          ) : null}
          {asking === 'issue' ? (
            <>
              <p>{t('documents.issue.explain')}</p>
              <CertificateField name="certificateId" kind="organisation" />
            </>
          ) : null}
          {asking === 'sign' || asking === 'issue' ? (
            <Form.Item
              name="password"
              label={t('documents.sign.password')}
              extra={t('documents.sign.passwordHelp')}
              rules={[{ required: true, message: t('documents.sign.passwordRequired') }]}
            >
              <Input.Password autoComplete="current-password" data-testid="reauth-password" />
            </Form.Item>
          ) : null}
          {asking === 'recall' ? (
            <Form.Item
              name="reason"
              label={t('documents.reason')}
              rules={[{ required: true, whitespace: true, min: 3, message: t('documents.reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={1000} data-testid="document-reason" />
            </Form.Item>
          ) : null}
          {asking === 'return' || asking === 'cancel' ? (
            <Form.Item name="note" label={t('documents.note')}>
              <Input.TextArea rows={3} maxLength={1000} data-testid="document-note" />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </div>
  );
}
