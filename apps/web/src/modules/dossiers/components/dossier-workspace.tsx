import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, InputNumber, Modal, Space, Timeline } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import {
  attachmentUrl,
  type Dossier,
  documentUrl,
  fetchDossier,
  fileToBase64,
  RESULT_COMPONENT_KEY,
  type TransitionAction,
  type TransitionBody,
  transitionDossier,
  uploadAttachment,
} from '../api/dossiers.api.ts';
import {
  type AllowedAction,
  allowedActions,
  availableDocuments,
  deadlineStatus,
  documentName,
} from '../utils/actions.ts';
import { checkFile, MAX_FILE_BYTES } from '../utils/wizard.ts';
import { StateName } from './state-name.tsx';

interface ReasonValues {
  note?: string;
  items?: string;
  supplementDays?: number;
}

/**
 * A dossier for the official: state, due date, the processing-control history (Circular 01/2018's control
 * sheet), the one-stop documents, and the actions allowed from the current state. Every action sends the
 * version the official saw in If-Match; a 412 means someone else moved the dossier first, and it reloads.
 */
export function DossierWorkspace({
  dossier,
  permissions,
  onChanged,
  onStale,
}: {
  dossier: Dossier;
  permissions: readonly string[];
  onChanged: (d: Dossier) => void;
  onStale: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState<TransitionAction | null>(null);
  const [asking, setAsking] = useState<AllowedAction | null>(null);
  const [done, setDone] = useState<TransitionAction | null>(null);
  const [form] = Form.useForm<ReasonValues>();
  const [resultFile, setResultFile] = useState<File | null>(null);
  const [resultError, setResultError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const canAttachResult =
    dossier.state === 'processed' &&
    (permissions.includes('dossiers:return') || permissions.includes('dossiers:receive'));
  const results = dossier.attachments.filter((a) => a.componentKey === RESULT_COMPONENT_KEY);

  /** The result file (the licence, the decision…) goes to the dossier before "return the result". */
  async function attachResult(event: FormEvent) {
    event.preventDefault();
    const name = t('office.result.file');
    const error = checkFile({ key: RESULT_COMPONENT_KEY, name, required: true }, resultFile ?? undefined);
    if (error) {
      setResultError(
        t(`apply.fileErrors.${error}`, { field: name, max: Math.round(MAX_FILE_BYTES / 1024 / 1024) }),
      );
      return;
    }
    setResultError(null);
    setProblem(null);
    setUploading(true);
    try {
      await uploadAttachment(dossier.id, {
        fileName: resultFile!.name,
        componentKey: RESULT_COMPONENT_KEY,
        contentBase64: await fileToBase64(resultFile!),
      });
      setResultFile(null);
      onChanged(await fetchDossier(dossier.id));
    } catch (e) {
      setProblem(e instanceof ApiProblem ? e : toApiProblem(e));
    } finally {
      setUploading(false);
    }
  }
  const actions = allowedActions({
    state: dossier.state,
    permissions,
    currentStepRole: dossier.currentStep?.role ?? null,
    paid: dossier.payments.length > 0,
  });
  const documents = availableDocuments(dossier);
  const status = deadlineStatus(dossier.dueAt, dossier.state);

  async function run(action: TransitionAction, values: ReasonValues = {}) {
    setBusy(action);
    setProblem(null);
    setDone(null);
    const body: TransitionBody = { action };
    if (values.note?.trim()) body.note = values.note.normalize('NFC').trim();
    const items = values.items
      ?.split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    if (items?.length) body.items = items;
    if (values.supplementDays) body.supplementDays = values.supplementDays;
    try {
      const next = await transitionDossier(dossier, body);
      setAsking(null);
      form.resetFields();
      setDone(action);
      onChanged(next);
    } catch (error) {
      const p = error instanceof ApiProblem ? error : toApiProblem(error);
      setProblem(p);
      if (p.status === 412) onStale();
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="op-dossier" data-testid="dossier-workspace">
      {problem ? <ProblemAlert problem={problem} className="op-form-alert" /> : null}
      {done ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="op-form-alert"
          title={t('office.done', { action: t(`dossier.actions.${done}`) })}
          data-testid="action-done"
        />
      ) : null}
      <div className="op-dossier-grid">
        <section className="op-panel" aria-labelledby="dossier-summary">
          <h2 id="dossier-summary">{t('office.summary')}</h2>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'state',
                label: t('dossier.state'),
                children: (
                  <span data-testid="dossier-state">
                    <StateName state={dossier.state} vi={dossier.stateName} en={dossier.stateNameEn} />
                  </span>
                ),
              },
              { key: 'procedure', label: t('dossier.procedure'), children: dossier.procedure.name },
              {
                key: 'applicant',
                label: t('dossier.applicant'),
                children: [dossier.applicant.name, dossier.applicant.phone].filter(Boolean).join(' — '),
              },
              {
                key: 'channel',
                label: t('dossier.channel'),
                children: t(`dossier.channels.${dossier.channel}`),
              },
              {
                key: 'submitted',
                label: t('dossier.submittedAt'),
                children: formatDateTime(dossier.submittedAt),
              },
              {
                key: 'received',
                label: t('dossier.receivedAt'),
                children: dossier.receivedAt ? formatDateTime(dossier.receivedAt) : t('common.none'),
              },
              {
                key: 'due',
                label: t('dossier.dueAt'),
                children: (
                  <span data-testid="dossier-due">
                    {dossier.dueAt ? formatDateTime(dossier.dueAt) : t('dossier.noDueYet')}
                    {status === 'overdue' || status === 'due-soon'
                      ? ` (${t(`office.deadline.${status}`)})`
                      : ''}
                  </span>
                ),
              },
              {
                key: 'step',
                label: t('dossier.currentStep'),
                children: dossier.currentStep
                  ? `${dossier.currentStep.name}${dossier.currentStep.dueAt ? ` — ${formatDateTime(dossier.currentStep.dueAt)}` : ''}`
                  : t('common.none'),
              },
            ]}
          />
        </section>

        <section className="op-panel" aria-labelledby="dossier-actions">
          <h2 id="dossier-actions">{t('office.actions')}</h2>
          {actions.length === 0 ? <p className="op-muted">{t('office.noActions')}</p> : null}
          <Space wrap>
            {actions.map((a) => (
              <Button
                key={a.action}
                type={
                  a.action === 'accept' || a.action === 'forward' || a.action === 'return'
                    ? 'primary'
                    : 'default'
                }
                danger={a.action === 'refuse' || a.action === 'stop' || a.action === 'withdraw'}
                loading={busy === a.action}
                data-testid={`action-${a.action}`}
                onClick={() => (a.noteRequired ? setAsking(a) : void run(a.action))}
              >
                {t(`dossier.actions.${a.action}`)}
              </Button>
            ))}
          </Space>
          <h3 className="op-subheading">{t('office.documents')}</h3>
          {documents.length === 0 ? <p className="op-muted">{t('office.noDocuments')}</p> : null}
          <ul className="op-doc-list">
            {documents.map((file) => (
              <li key={file}>
                <a
                  href={documentUrl(dossier.id, file)}
                  target="_blank"
                  rel="noopener"
                  data-testid={`document-${file}`}
                  lang={i18n.language === 'en' ? 'en' : undefined}
                >
                  <FilePdfOutlined aria-hidden="true" /> {t(`office.documentNames.${documentName(file)}`)}
                  <span className="op-visually-hidden"> {t('office.opensNewTab')}</span>
                </a>
              </li>
            ))}
          </ul>
          <h3 className="op-subheading">{t('office.attachments')}</h3>
          {dossier.attachments.length === 0 ? <p className="op-muted">{t('office.noAttachments')}</p> : null}
          <ul className="op-doc-list" data-testid="dossier-attachments">
            {dossier.attachments.map((a) => (
              <li key={a.id}>
                <a href={attachmentUrl(dossier.id, a.id)} download={a.fileName}>
                  <PaperClipOutlined aria-hidden="true" /> {a.fileName}
                </a>
                {a.componentKey === RESULT_COMPONENT_KEY ? ` (${t('office.result.tag')})` : ''}
              </li>
            ))}
          </ul>
          {canAttachResult ? (
            <form onSubmit={attachResult} noValidate className="op-result-upload" data-testid="result-form">
              <label htmlFor="result-file" className="op-field-label">
                {t('office.result.file')}
              </label>
              <p id="result-file-hint" className="op-muted">
                {results.length ? t('office.result.attached') : t('office.result.hint')}
              </p>
              {resultError ? (
                <p id="result-file-error" className="op-error-message" role="alert">
                  {resultError}
                </p>
              ) : null}
              <input
                id="result-file"
                type="file"
                className="op-file-input"
                accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                aria-describedby={['result-file-hint', resultError ? 'result-file-error' : '']
                  .filter(Boolean)
                  .join(' ')}
                aria-invalid={resultError ? true : undefined}
                data-testid="result-file"
                onChange={(e) => setResultFile(e.target.files?.[0] ?? null)}
              />
              <Button htmlType="submit" loading={uploading} data-testid="result-upload">
                {t('office.result.upload')}
              </Button>
            </form>
          ) : null}
        </section>
      </div>

      <section className="op-panel" aria-labelledby="dossier-history">
        <h2 id="dossier-history">{t('office.history')}</h2>
        <Timeline
          data-testid="dossier-history"
          items={dossier.events.map((e) => ({
            key: e.seq,
            content: (
              <div>
                <strong>
                  {t(`dossier.actions.${e.action}` as 'dossier.actions.accept', { defaultValue: e.action })}
                </strong>
                <div className="op-muted">
                  {formatDateTime(e.at)}
                  {e.actorKind === 'system'
                    ? ` — ${t('office.systemActor')}`
                    : e.actorName
                      ? ` — ${e.actorName}`
                      : ''}
                  {e.stepDueAt ? ` — ${t('office.stepDue', { at: formatDateTime(e.stepDueAt) })}` : ''}
                </div>
                {e.nextStepKey ? (
                  <div>
                    {t('office.handedTo', {
                      step: dossier.steps.find((s) => s.key === e.nextStepKey)?.name ?? e.nextStepKey,
                    })}
                  </div>
                ) : null}
                {e.note ? <div>{e.note}</div> : null}
              </div>
            ),
          }))}
        />
      </section>

      <Modal
        open={asking !== null}
        title={asking ? t(`dossier.actions.${asking.action}`) : ''}
        okText={t('office.confirm')}
        cancelText={t('office.cancel')}
        confirmLoading={busy !== null}
        onCancel={() => setAsking(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form<ReasonValues>
          form={form}
          layout="vertical"
          onFinish={(values) => asking && void run(asking.action, values)}
        >
          <Form.Item
            name="note"
            label={t('office.reason')}
            extra={t('office.reasonHelp')}
            rules={[{ required: true, whitespace: true, message: t('office.reasonRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={4000} data-testid="action-note" />
          </Form.Item>
          {asking?.action === 'request_supplement' ? (
            <>
              <Form.Item
                name="items"
                label={t('office.supplementItems')}
                extra={t('office.supplementItemsHelp')}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
              <Form.Item name="supplementDays" label={t('office.supplementDays')}>
                <InputNumber min={1} max={90} />
              </Form.Item>
            </>
          ) : null}
        </Form>
      </Modal>
    </div>
  );
}
