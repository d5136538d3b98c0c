import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, InputNumber, Modal, Space, Timeline } from 'antd';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import {
  attachmentUrl,
  type Dossier,
  documentUrl,
  fileToBase64,
  RESULT_COMPONENT_KEY,
  type TransitionBody,
  transitionDossier,
} from '../api/dossiers.api.ts';
import {
  type AvailableAction,
  actionButtons,
  actionTone,
  attachmentGroups,
  availableDocuments,
  deadlineStatus,
  documentName,
  type NextHolder,
  recipientOf,
  resultFileProblem,
  returnAction,
} from '../utils/actions.ts';
import { checkFile, MAX_FILE_BYTES } from '../utils/wizard.ts';
import { StateName } from './state-name.tsx';

interface CommentValues {
  note?: string;
  items?: string;
  supplementDays?: number;
}

/**
 * A dossier for the official: state, due date, the applicant's declaration, the files by component, the
 * processing-control history (Circular 01/2018's control sheet) with its comments, the one-stop
 * documents, and the actions the API says this account may take now. Every action is confirmed in a
 * dialog that names who receives the dossier and takes a comment (required to refuse, request a
 * supplement, send back, stop or withdraw); the return carries its result file or "on paper" in the same
 * request. Every action sends the version the official saw in If-Match; a 412 reloads the dossier.
 */
export function DossierWorkspace({
  dossier,
  onChanged,
  onStale,
}: {
  dossier: Dossier;
  onChanged: (d: Dossier) => void;
  onStale: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<AvailableAction | null>(null);
  const [done, setDone] = useState<{ action: AvailableAction['action']; message: string } | null>(null);
  const [form] = Form.useForm<CommentValues>();
  const [resultFile, setResultFile] = useState<File | null>(null);
  const [onPaper, setOnPaper] = useState(false);
  const [resultError, setResultError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const buttons = actionButtons(dossier);
  const toReturn = returnAction(dossier);
  const documents = availableDocuments(dossier);
  const status = deadlineStatus(dossier.dueAt, dossier.state);
  const groups = attachmentGroups(dossier);
  const attachedResults = dossier.attachments.filter((a) => a.componentKey === RESULT_COMPONENT_KEY);
  const agencyName = (id: string | null | undefined) => (id ? (dossier.agencyNames[id] ?? id) : '');

  function recipientText(next: NextHolder): string {
    const r = recipientOf(next);
    const holder = t(`officeWork.holder.${r.holder}`);
    if (r.kind === 'applicant') return t('officeWork.recipient.applicant', { state: r.state });
    if (r.kind === 'step') return t('officeWork.recipient.step', { holder, step: r.step, agency: r.agency });
    return t('officeWork.recipient.section', { holder, agency: r.agency });
  }

  /** The return card's button: the file is checked here first, then the return is confirmed. */
  function askReturn(event: FormEvent) {
    event.preventDefault();
    if (!toReturn) return;
    const name = t('officeWork.return.file');
    const fileError = resultFile
      ? checkFile({ key: RESULT_COMPONENT_KEY, name, required: false }, resultFile)
      : resultFileProblem({
          fullyOnline: dossier.fullyOnline,
          hasFile: false,
          onPaper,
          hasAttachedResult: attachedResults.length > 0,
        });
    if (fileError) {
      setResultError(
        fileError === 'required' && !resultFile
          ? t('officeWork.return.fileRequired')
          : t(`apply.fileErrors.${fileError}`, {
              field: name,
              max: Math.round(MAX_FILE_BYTES / 1024 / 1024),
            }),
      );
      fileInput.current?.focus();
      return;
    }
    setResultError(null);
    setAsking(toReturn);
  }

  async function run(action: AvailableAction, values: CommentValues) {
    setBusy(true);
    setProblem(null);
    setDone(null);
    const body: TransitionBody = { action: action.action };
    if (values.note?.trim()) body.note = values.note.normalize('NFC').trim();
    const items = values.items
      ?.split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    if (items?.length) body.items = items;
    if (values.supplementDays) body.supplementDays = values.supplementDays;
    try {
      if (action.action === 'return') {
        if (resultFile) {
          body.resultFile = { fileName: resultFile.name, contentBase64: await fileToBase64(resultFile) };
        } else if (onPaper) {
          body.onPaper = true;
        }
      }
      const next = await transitionDossier(dossier, body);
      setAsking(null);
      form.resetFields();
      setResultFile(null);
      setOnPaper(false);
      if (fileInput.current) fileInput.current.value = '';
      const whereTo =
        action.action === 'return'
          ? next.resultDelivery
            ? t(`officeWork.return.delivered.${next.resultDelivery}`)
            : ''
          : action.next.holder === 'applicant'
            ? recipientText(action.next)
            : t('officeWork.sentTo', { recipient: recipientText(action.next) });
      setDone({
        action: action.action,
        message: `${t('office.done', { action: t(`dossier.actions.${action.action}`) })} ${whereTo}`.trim(),
      });
      onChanged(next);
    } catch (error) {
      const p = error instanceof ApiProblem ? error : toApiProblem(error);
      const fieldErrors = p.body?.errors ?? [];
      const onFile = fieldErrors.find((e) => e.path === '/body/resultFile');
      const onNote = fieldErrors.find((e) => e.path === '/body/note');
      if (onNote) {
        // The reason belongs in the dialog, next to its field.
        form.setFields([{ name: 'note', errors: [t('officeWork.confirm.reasonRequired')] }]);
      } else {
        setAsking(null);
        if (onFile) {
          setResultError(p.body?.detail ?? onFile.message);
          fileInput.current?.focus();
        } else {
          setProblem(p);
        }
      }
      if (p.status === 412) onStale();
    } finally {
      setBusy(false);
    }
  }

  const applicantItems = [
    { key: 'name', label: t('officeWork.declaration.name'), children: dossier.applicant.name },
    { key: 'phone', label: t('officeWork.declaration.phone'), children: dossier.applicant.phone },
    { key: 'email', label: t('officeWork.declaration.email'), children: dossier.applicant.email },
    { key: 'address', label: t('officeWork.declaration.address'), children: dossier.applicant.address },
  ]
    .filter((i) => i.children)
    .map((i) => ({ ...i, children: <span data-testid={`applicant-${i.key}`}>{i.children}</span> }));

  return (
    <div className="op-dossier" data-testid="dossier-workspace">
      {problem ? <ProblemAlert problem={problem} className="op-form-alert" /> : null}
      {done ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="op-form-alert"
          title={done.message}
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
                children: dossier.currentStep ? (
                  <span data-testid="dossier-current-step">
                    {dossier.currentStep.name} —{' '}
                    {t(`officeWork.holder.${dossier.currentStep.role as 'leader'}`)} —{' '}
                    {agencyName(dossier.currentStep.agencyId)}
                    {dossier.currentStep.dueAt ? ` — ${formatDateTime(dossier.currentStep.dueAt)}` : ''}
                  </span>
                ) : (
                  t('common.none')
                ),
              },
              ...(dossier.resultDelivery
                ? [
                    {
                      key: 'delivery',
                      label: t('officeWork.resultDelivery'),
                      children: (
                        <span data-testid="dossier-result-delivery">
                          {t(`officeWork.return.delivered.${dossier.resultDelivery}`)}
                        </span>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </section>

        <section className="op-panel" aria-labelledby="dossier-actions">
          <h2 id="dossier-actions">{t('office.actions')}</h2>
          {buttons.length === 0 && !toReturn ? <p className="op-muted">{t('office.noActions')}</p> : null}
          <Space wrap>
            {buttons.map((a) => {
              const tone = actionTone(a.action);
              return (
                <Button
                  key={a.action}
                  type={tone === 'primary' ? 'primary' : 'default'}
                  danger={tone === 'danger'}
                  data-testid={`action-${a.action}`}
                  onClick={() => {
                    setDone(null);
                    setAsking(a);
                  }}
                >
                  {t(`dossier.actions.${a.action}`)}
                </Button>
              );
            })}
          </Space>
          {toReturn ? (
            <form
              onSubmit={askReturn}
              noValidate
              className="op-result-upload"
              data-testid="result-form"
              aria-labelledby="return-heading"
            >
              <h3 id="return-heading" className="op-subheading">
                {t('officeWork.return.title')}
              </h3>
              <div className={resultError ? 'op-form-group has-error' : 'op-form-group'}>
                <label htmlFor="result-file" className="op-field-label">
                  {t('officeWork.return.file')}
                </label>
                <p id="result-file-hint" className="op-muted">
                  {dossier.fullyOnline
                    ? t('officeWork.return.hintOnline')
                    : t('officeWork.return.hintCounter')}
                  {attachedResults.length
                    ? ` ${t('officeWork.return.attached', { name: attachedResults.map((a) => a.fileName).join(', ') })}`
                    : ''}
                </p>
                {resultError ? (
                  <p
                    id="result-file-error"
                    className="op-error-message"
                    role="alert"
                    data-testid="result-file-error"
                  >
                    {resultError}
                  </p>
                ) : null}
                <input
                  ref={fileInput}
                  id="result-file"
                  type="file"
                  className="op-file-input"
                  accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                  aria-describedby={['result-file-hint', resultError ? 'result-file-error' : '']
                    .filter(Boolean)
                    .join(' ')}
                  aria-invalid={resultError ? true : undefined}
                  data-testid="result-file"
                  onChange={(e) => {
                    setResultFile(e.target.files?.[0] ?? null);
                    setResultError(null);
                  }}
                />
              </div>
              <label className="op-checkbox-label" htmlFor="result-on-paper">
                <input
                  id="result-on-paper"
                  type="checkbox"
                  checked={onPaper}
                  data-testid="result-on-paper"
                  onChange={(e) => {
                    setOnPaper(e.target.checked);
                    setResultError(null);
                  }}
                />{' '}
                {t('officeWork.return.onPaper')}
              </label>
              <p>
                <Button type="primary" htmlType="submit" data-testid="action-return">
                  {t('officeWork.return.submit')}
                </Button>
              </p>
            </form>
          ) : null}
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
          {groups.length === 0 ? <p className="op-muted">{t('office.noAttachments')}</p> : null}
          <ul className="op-doc-list" data-testid="dossier-attachments">
            {groups.map((g) => (
              <li key={g.key} data-testid={`attachment-group-${g.key}`}>
                <span className="op-attachment-group">
                  {g.kind === 'component'
                    ? g.name
                    : g.kind === 'result'
                      ? t('officeWork.attachments.result')
                      : t('officeWork.attachments.other')}
                </span>
                <ul className="op-doc-list op-doc-sublist">
                  {g.files.map((a) => (
                    <li key={a.id}>
                      <a href={attachmentUrl(dossier.id, a.id)} download={a.fileName}>
                        <PaperClipOutlined aria-hidden="true" /> {a.fileName}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section
        className="op-panel"
        aria-labelledby="dossier-declaration-title"
        data-testid="dossier-declaration"
      >
        <h2 id="dossier-declaration-title">{t('officeWork.declaration.title')}</h2>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          title={t('officeWork.declaration.applicant')}
          items={applicantItems}
        />
        {dossier.declaration.length === 0 ? (
          <p className="op-muted">{t('officeWork.declaration.noForm')}</p>
        ) : null}
        {dossier.declaration.map((section) => (
          <Descriptions
            key={section.componentKey ?? 'other'}
            className="op-section"
            column={{ xs: 1, md: 2 }}
            size="small"
            title={section.componentName}
            items={section.fields.map((f) => ({ key: f.key, label: f.label, children: f.value }))}
          />
        ))}
      </section>

      <section className="op-panel" aria-labelledby="dossier-history">
        <h2 id="dossier-history">{t('office.history')}</h2>
        <Timeline
          data-testid="dossier-history"
          items={dossier.events.map((e) => {
            const step = e.nextStepKey ? dossier.steps.find((s) => s.key === e.nextStepKey) : undefined;
            return {
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
                      {t('officeWork.handedTo', {
                        step: step?.name ?? e.nextStepKey,
                        agency: agencyName(e.nextStepAgencyId ?? step?.agencyId ?? dossier.agencyId),
                      })}
                    </div>
                  ) : null}
                  {e.note ? (
                    <div data-testid="history-note">{t('officeWork.note', { note: e.note })}</div>
                  ) : null}
                </div>
              ),
            };
          })}
        />
      </section>

      <Modal
        open={asking !== null}
        title={asking ? t(`dossier.actions.${asking.action}`) : ''}
        okText={t('officeWork.confirm.ok')}
        cancelText={t('officeWork.confirm.cancel')}
        okButtonProps={{ 'data-testid': 'action-confirm' } as Record<`data-${string}`, string>}
        confirmLoading={busy}
        onCancel={() => {
          setAsking(null);
          form.resetFields();
        }}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        {asking ? (
          <p data-testid="action-recipient">
            {asking.action === 'return' ? (
              resultFile ? (
                t('officeWork.return.withFile', { name: resultFile.name })
              ) : onPaper || attachedResults.length === 0 ? (
                t('officeWork.return.paper')
              ) : (
                t('officeWork.return.withAttached')
              )
            ) : (
              <>
                {asking.next.holder === 'applicant'
                  ? t('officeWork.confirm.outcome')
                  : t('officeWork.confirm.sendsTo')}{' '}
                <strong>{recipientText(asking.next)}</strong>
              </>
            )}
          </p>
        ) : null}
        <Form<CommentValues>
          form={form}
          layout="vertical"
          onFinish={(values) => asking && void run(asking, values)}
        >
          <Form.Item
            name="note"
            label={asking?.noteRequired ? t('officeWork.confirm.reason') : t('officeWork.confirm.comment')}
            extra={
              asking?.noteRequired ? t('officeWork.confirm.reasonHelp') : t('officeWork.confirm.commentHelp')
            }
            rules={
              asking?.noteRequired
                ? [{ required: true, whitespace: true, message: t('officeWork.confirm.reasonRequired') }]
                : []
            }
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
