import { FilePdfOutlined } from '@ant-design/icons';
import { DOCUMENT_PERMISSIONS } from '@openprovince/documents/contracts';
import {
  Alert,
  Button,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Table,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { showProblemOnForm } from '../../../ui/workspace/use-form-problem.ts';
import {
  createDirective,
  type Directive,
  type DirectiveBody,
  type DirectiveProgress,
  type Incoming,
  incomingFileUrl,
  presentIncoming,
  registerIncoming,
  reportProgress,
  returnIncoming,
} from '../api/documents.api.ts';
import { directiveStatusLabel, incomingStatusLabel, signatureResultLabel } from '../utils/labels.ts';
import { CopiesPanel } from './copies-panel.tsx';

const COPYABLE = ['registered', 'presented', 'assigned', 'processing', 'finished'];

const ACTIONS = ['register', 'present', 'direct', 'return'] as const;
type Action = (typeof ACTIONS)[number];

interface ModalValues {
  leaderName?: string;
  reason?: string;
  content?: string;
  leadUnit?: string;
  coordinatingUnits?: string;
  deadlineKind?: 'date' | 'days';
  dueDate?: Dayjs;
  workingDays?: number;
}

/**
 * An incoming document: particulars, the result of the signature check made on arrival, the actions of its
 * state (register → incoming number; present to a leader; direct with a lead unit and a deadline; return to
 * the sender) and the directives with their progress. Every change sends the version seen (If-Match).
 */
export function IncomingDetail({
  doc,
  directives,
  permissions,
  onChanged,
  onDirectivesChanged,
  onStale,
}: {
  doc: Incoming;
  directives: Directive[];
  permissions: readonly string[];
  onChanged: (d: Incoming) => void;
  onDirectivesChanged: () => void;
  onStale: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [placed, setPlaced] = useState<string[]>([]);
  const [asking, setAsking] = useState<Action | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [form] = Form.useForm<ModalValues>();
  const [finishing, setFinishing] = useState<Directive | null>(null);
  const [noteForm] = Form.useForm<{ note?: string }>();
  const deadlineKind = Form.useWatch('deadlineKind', form);
  const actions = ACTIONS.filter((a) => doc.allowedActions.includes(a));
  const canProcess = permissions.includes(DOCUMENT_PERMISSIONS.process);

  function fail(error: unknown) {
    const p = error instanceof ApiProblem ? error : toApiProblem(error);
    // The API's field errors go under the fields of the dialog that is open.
    setPlaced(showProblemOnForm(finishing ? noteForm : form, p, { language: i18n.language }).placedPaths);
    setProblem(p);
    if (p.status === 412) {
      setAsking(null);
      onStale();
    }
  }

  async function run(action: Action, values: ModalValues = {}) {
    setBusy(action);
    setProblem(null);
    setDone(null);
    try {
      if (action === 'register') onChanged(await registerIncoming(doc));
      else if (action === 'present')
        onChanged(await presentIncoming(doc, (values.leaderName ?? '').normalize('NFC').trim()));
      else if (action === 'return')
        onChanged(await returnIncoming(doc, (values.reason ?? '').normalize('NFC').trim()));
      else {
        const body: DirectiveBody = {
          incomingId: doc.id,
          incomingVersion: doc.version,
          content: (values.content ?? '').normalize('NFC').trim(),
          leadUnit: (values.leadUnit ?? '').normalize('NFC').trim(),
        };
        const coordinating = (values.coordinatingUnits ?? '')
          .split('\n')
          .map((s) => s.normalize('NFC').trim())
          .filter(Boolean);
        if (coordinating.length) body.coordinatingUnits = coordinating;
        if (values.deadlineKind === 'date' && values.dueDate)
          body.dueDate = values.dueDate.format('YYYY-MM-DD');
        if (values.deadlineKind === 'days' && values.workingDays) body.workingDays = values.workingDays;
        await createDirective(body);
        onDirectivesChanged();
      }
      setAsking(null);
      form.resetFields();
      setDone(t(`documents.actions.${action}`));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  async function progress(directive: Directive, status: DirectiveProgress, note?: string) {
    setBusy(`${directive.id}:${status}`);
    setProblem(null);
    setDone(null);
    try {
      await reportProgress(directive, status, note);
      setFinishing(null);
      setDone(t(`documents.progress.${status}`));
      onDirectivesChanged();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  function open(action: Action) {
    if (action === 'register') {
      void run(action);
      return;
    }
    setProblem(null);
    form.resetFields();
    if (action === 'direct') form.setFieldsValue({ deadlineKind: 'days', workingDays: 5 });
    setAsking(action);
  }

  const signatureOk = doc.signatureResult === 'PASSED';
  return (
    <div className="op-dossier" data-testid="incoming-detail">
      {problem && asking === null && finishing === null ? (
        <ProblemAlert problem={problem} className="op-form-alert" />
      ) : null}
      {done ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="op-form-alert"
          title={t('documents.done', { action: done })}
          data-testid="incoming-action-done"
        />
      ) : null}
      {doc.recallRequestedAt ? (
        <Alert
          type="warning"
          showIcon
          className="op-form-alert"
          data-testid="incoming-recalled"
          title={t('documents.recall.recalledTitle')}
          description={t(
            doc.status === 'cancelled'
              ? 'documents.recall.recalledIncoming'
              : 'documents.recall.recallRefusedIncoming',
            {
              sender: doc.senderName,
              at: formatDateTime(doc.recallRequestedAt),
              reason: doc.recallReason ?? t('common.none'),
            },
          )}
        />
      ) : null}
      <div className="op-dossier-grid">
        <section className="op-panel" aria-labelledby="incoming-summary">
          <h2 id="incoming-summary">{t('documents.particulars')}</h2>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'status',
                label: t('documents.status'),
                children: <span data-testid="incoming-status">{incomingStatusLabel(t, doc.status)}</span>,
              },
              {
                key: 'incomingNumber',
                label: t('documents.incomingNumber'),
                children: (
                  <span data-testid="incoming-number">
                    {doc.incomingNumber ?? t('documents.notRegistered')}
                  </span>
                ),
              },
              { key: 'numberSymbol', label: t('documents.numberSymbol'), children: doc.numberSymbol },
              { key: 'sender', label: t('documents.sender'), children: doc.senderName },
              { key: 'signer', label: t('documents.signer'), children: doc.signerName ?? t('common.none') },
              {
                key: 'urgency',
                label: t('documents.urgency'),
                children: t(`documents.urgencies.${doc.urgency}`),
              },
              {
                key: 'channel',
                label: t('documents.channel'),
                children: t(`documents.channels.${doc.channel}`),
              },
              { key: 'received', label: t('documents.receivedAt'), children: formatDateTime(doc.receivedAt) },
              ...(doc.registerBy && !doc.registeredAt
                ? [
                    {
                      key: 'registerBy',
                      label: t('documents.registerBy'),
                      children: formatDateTime(doc.registerBy),
                    },
                  ]
                : []),
              ...(doc.dueAt
                ? [{ key: 'due', label: t('documents.dueAt'), children: formatDateTime(doc.dueAt) }]
                : []),
            ]}
          />
        </section>

        <section className="op-panel" aria-labelledby="incoming-signature">
          <h2 id="incoming-signature">{t('documents.signature.title')}</h2>
          <Alert
            type={signatureOk ? 'success' : doc.signatureResult === 'FAILED' ? 'error' : 'warning'}
            showIcon
            title={
              <span data-testid="incoming-signature">{signatureResultLabel(t, doc.signatureResult)}</span>
            }
            description={
              doc.signatureReasons.length ? (
                <ul>
                  {doc.signatureReasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
          {doc.hasFile ? (
            <p className="op-spaced">
              <a
                href={incomingFileUrl(doc.id)}
                data-testid="incoming-file"
                lang={i18n.language === 'en' ? 'en' : undefined}
              >
                <FilePdfOutlined aria-hidden="true" /> {t('documents.downloadPdf')}
              </a>
            </p>
          ) : null}
          <h3 className="op-subheading">{t('documents.actionsHeading')}</h3>
          {actions.length === 0 ? <p className="op-muted">{t('documents.noActions')}</p> : null}
          <Space wrap>
            {actions.map((a) => (
              <Button
                key={a}
                type={a === 'register' || a === 'direct' ? 'primary' : 'default'}
                danger={a === 'return'}
                loading={busy === a}
                data-testid={`incoming-action-${a}`}
                onClick={() => open(a)}
              >
                {t(`documents.actions.${a}`)}
              </Button>
            ))}
          </Space>
        </section>
      </div>

      <section className="op-panel" aria-labelledby="incoming-directives">
        <h2 id="incoming-directives">{t('documents.directives.heading')}</h2>
        <Table<Directive>
          data-testid="directive-table"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={directives}
          locale={{ emptyText: <span className="op-muted">{t('documents.directives.empty')}</span> }}
          scroll={{ x: 800 }}
          columns={[
            { title: t('documents.directives.content'), dataIndex: 'content' },
            { title: t('documents.directives.leader'), dataIndex: 'leaderName' },
            {
              title: t('documents.directives.leadUnit'),
              dataIndex: 'leadUnit',
              render: (lead: string, row) =>
                row.coordinatingUnits.length
                  ? `${lead} (${t('documents.directives.with', { units: row.coordinatingUnits.join(', ') })})`
                  : lead,
            },
            {
              title: t('documents.dueAt'),
              dataIndex: 'dueAt',
              className: 'op-col-nowrap',
              render: (v: string | null, row) => (
                <>
                  {v ? formatDateTime(v) : t('common.none')}
                  {row.overdue ? (
                    <strong data-testid="directive-overdue"> ({t('documents.directives.overdue')})</strong>
                  ) : null}
                </>
              ),
            },
            {
              title: t('documents.status'),
              dataIndex: 'status',
              render: (s: string, row) => (
                <>
                  <span data-testid="directive-status">{directiveStatusLabel(t, s)}</span>
                  {row.finishedAt ? (
                    <span className="op-muted" data-testid="directive-finished-at">
                      {' '}
                      ({formatDateTime(row.finishedAt)})
                    </span>
                  ) : null}
                  {row.resultNote ? (
                    <>
                      <br />
                      <span data-testid="directive-result">
                        {t('documents.directives.result', { note: row.resultNote })}
                      </span>
                    </>
                  ) : null}
                </>
              ),
            },
            ...(canProcess
              ? [
                  {
                    key: 'progress',
                    title: t('documents.directives.progress'),
                    render: (_: unknown, row: Directive) => (
                      <Space wrap>
                        {row.status === 'open' ? (
                          <Button
                            size="small"
                            data-testid="directive-start"
                            loading={busy === `${row.id}:processing`}
                            onClick={() => void progress(row, 'processing')}
                          >
                            {t('documents.progress.processing')}
                          </Button>
                        ) : null}
                        {row.status === 'open' || row.status === 'processing' ? (
                          <Button
                            size="small"
                            type="primary"
                            data-testid="directive-finish"
                            loading={busy === `${row.id}:finished`}
                            onClick={() => {
                              setProblem(null);
                              noteForm.resetFields();
                              setFinishing(row);
                            }}
                          >
                            {t('documents.progress.finished')}
                          </Button>
                        ) : null}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>

      <Modal
        open={finishing !== null}
        title={t('documents.directives.finishTitle')}
        okText={t('documents.confirm')}
        cancelText={t('documents.cancelModal')}
        confirmLoading={finishing !== null && busy === `${finishing.id}:finished`}
        onCancel={() => setFinishing(null)}
        onOk={() => noteForm.submit()}
        destroyOnHidden
        forceRender
      >
        {problem && finishing ? (
          <ProblemAlert problem={problem} placed={placed} className="op-form-alert" />
        ) : null}
        <Form
          form={noteForm}
          name="directive-finish"
          layout="vertical"
          onFinish={(v: { note?: string }) =>
            finishing && void progress(finishing, 'finished', v.note?.normalize('NFC').trim() || undefined)
          }
        >
          <p>{finishing?.content}</p>
          <Form.Item
            name="note"
            label={t('documents.directives.resultNote')}
            extra={t('documents.directives.resultNoteHelp')}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="directive-result-note" />
          </Form.Item>
        </Form>
      </Modal>

      <CopiesPanel
        source={{ kind: 'incoming', id: doc.id }}
        canCopy={permissions.includes(DOCUMENT_PERMISSIONS.issue)}
        copyable={COPYABLE.includes(doc.status) && doc.hasFile}
      />

      <Modal
        open={asking !== null}
        title={asking ? t(`documents.actions.${asking}`) : ''}
        okText={t('documents.confirm')}
        cancelText={t('documents.cancelModal')}
        confirmLoading={busy !== null}
        onCancel={() => setAsking(null)}
        onOk={() => form.submit()}
        destroyOnHidden
        forceRender
      >
        {problem && asking !== null ? (
          <ProblemAlert problem={problem} placed={placed} className="op-form-alert" />
        ) : null}
        <Form<ModalValues>
          form={form}
          name="incoming-action"
          layout="vertical"
          onFinish={(v) => asking && void run(asking, v)}
        >
          {asking === 'present' ? (
            <Form.Item
              name="leaderName"
              label={t('documents.present.leader')}
              rules={[
                { required: true, whitespace: true, min: 2, message: t('documents.present.leaderRequired') },
              ]}
            >
              <Input data-testid="present-leader" />
            </Form.Item>
          ) : null}
          {asking === 'return' ? (
            <Form.Item
              name="reason"
              label={t('documents.reason')}
              rules={[{ required: true, whitespace: true, min: 3, message: t('documents.reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          ) : null}
          {asking === 'direct' ? (
            <>
              <Form.Item
                name="content"
                label={t('documents.directives.content')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    min: 2,
                    message: t('documents.directives.contentRequired'),
                  },
                ]}
              >
                <Input.TextArea rows={3} maxLength={4000} data-testid="direct-content" />
              </Form.Item>
              <Form.Item
                name="leadUnit"
                label={t('documents.directives.leadUnit')}
                rules={[
                  { required: true, whitespace: true, message: t('documents.directives.leadUnitRequired') },
                ]}
              >
                <Input data-testid="direct-lead-unit" />
              </Form.Item>
              <Form.Item
                name="coordinatingUnits"
                label={t('documents.directives.coordinating')}
                extra={t('documents.directives.coordinatingHelp')}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
              <Form.Item name="deadlineKind" label={t('documents.directives.deadline')}>
                <Radio.Group
                  options={[
                    { value: 'days', label: t('documents.directives.byWorkingDays') },
                    { value: 'date', label: t('documents.directives.byDate') },
                  ]}
                />
              </Form.Item>
              {deadlineKind === 'date' ? (
                <Form.Item
                  name="dueDate"
                  label={t('documents.directives.dueDate')}
                  rules={[{ required: true, message: t('documents.directives.dueDateRequired') }]}
                >
                  <DatePicker format="DD/MM/YYYY" placeholder={t('common.datePlaceholder')} />
                </Form.Item>
              ) : (
                <Form.Item
                  name="workingDays"
                  label={t('documents.directives.workingDays')}
                  rules={[{ required: true, message: t('documents.directives.workingDaysRequired') }]}
                >
                  <InputNumber min={1} max={365} data-testid="direct-working-days" />
                </Form.Item>
              )}
            </>
          ) : null}
        </Form>
      </Modal>
    </div>
  );
}
