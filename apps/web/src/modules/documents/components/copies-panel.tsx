import { CopyOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Radio, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
import {
  COPY_FORMS,
  type CopyBody,
  type CopyForm,
  type CopySource,
  copyFileUrl,
  createCopy,
  type DocumentCopy,
  listCopies,
} from '../api/documents.api.ts';
import { dialogFieldOf } from '../utils/form-fields.ts';
import { CertificateField } from './certificate-field.tsx';

interface CopyValues {
  form: CopyForm;
  excerpt?: string;
  recipients?: string;
  certificateId?: string;
  password?: string;
}

/**
 * The copies the agency made of a document (Decree 30/2020 Art. 25–27: sao y, sao lục, trích sao), each
 * with its own number from the copy register and its organisation-signed PDF, and — for the clerk, on a
 * document that can be copied — the dialog that makes one (the organisation certificate and the password
 * again, like issuing).
 */
export function CopiesPanel({
  source,
  canCopy,
  copyable,
}: {
  source: CopySource;
  canCopy: boolean;
  copyable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const copies = useApiQuery(`copies|${source.kind}|${source.id}`, (signal) => listCopies(source, signal));
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<DocumentCopy | null>(null);
  const [form] = Form.useForm<CopyValues>();
  const failure = useFormProblem(form, { toField: dialogFieldOf });
  const copyForm = Form.useWatch('form', form);

  async function submit(values: CopyValues) {
    setBusy(true);
    failure.clear();
    try {
      const body: CopyBody = {
        form: values.form,
        organisationCertificateId: values.certificateId ?? '',
        password: values.password ?? '',
      };
      const recipients = (values.recipients ?? '')
        .split('\n')
        .map((r) => r.normalize('NFC').trim())
        .filter(Boolean);
      if (recipients.length) body.recipients = recipients;
      if (values.form === 'TS') body.excerpt = (values.excerpt ?? '').normalize('NFC').trim();
      const copy = await createCopy(source, body);
      setMade(copy);
      setOpen(false);
      form.resetFields();
      copies.reload();
    } catch (error) {
      failure.report(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="op-panel" aria-labelledby={`copies-${source.id}`} data-testid="copies-panel">
      <h2 id={`copies-${source.id}`}>{t('documents.copies.heading')}</h2>
      <p className="op-muted">{t('documents.copies.intro')}</p>
      {made ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="op-form-alert"
          data-testid="copy-made"
          title={t('documents.copies.made', { number: made.numberSymbol })}
        />
      ) : null}
      {copies.problem ? <ProblemAlert problem={copies.problem} className="op-form-alert" /> : null}
      {canCopy && copyable ? (
        <p>
          <Button
            icon={<CopyOutlined aria-hidden="true" />}
            data-testid="copy-new"
            onClick={() => {
              failure.clear();
              setMade(null);
              form.resetFields();
              form.setFieldsValue({ form: 'SY' });
              setOpen(true);
            }}
          >
            {t('documents.copies.make')}
          </Button>
        </p>
      ) : null}
      <Table<DocumentCopy>
        data-testid="copies-table"
        rowKey="id"
        size="small"
        pagination={false}
        loading={copies.isLoading}
        dataSource={copies.data ?? []}
        scroll={{ x: 640 }}
        locale={{ emptyText: <span className="op-muted">{t('documents.copies.empty')}</span> }}
        columns={[
          {
            title: t('documents.copies.number'),
            dataIndex: 'numberSymbol',
            className: 'op-col-nowrap',
            render: (v: string) => <span data-testid="copy-number">{v}</span>,
          },
          {
            title: t('documents.copies.form'),
            dataIndex: 'form',
            render: (f: CopyForm) => t(`documents.copies.forms.${f}`),
          },
          {
            title: t('documents.copies.at'),
            dataIndex: 'createdAt',
            className: 'op-col-nowrap',
            render: (v: string) => formatDateTime(v),
          },
          { title: t('documents.copies.by'), dataIndex: 'copiedByName' },
          {
            key: 'file',
            title: t('documents.copies.file'),
            render: (_: unknown, row) => (
              <a
                href={copyFileUrl(row.id)}
                data-testid="copy-file"
                lang={i18n.language === 'en' ? 'en' : undefined}
              >
                <FilePdfOutlined aria-hidden="true" />{' '}
                {t('documents.copies.download', { number: row.numberSymbol })}
              </a>
            ),
          },
        ]}
      />
      <Modal
        open={open}
        title={t('documents.copies.make')}
        okText={t('documents.confirm')}
        cancelText={t('documents.cancelModal')}
        confirmLoading={busy}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
        forceRender
      >
        {failure.problem ? (
          <ProblemAlert problem={failure.problem} placed={failure.placed} className="op-form-alert" />
        ) : null}
        <Form<CopyValues> form={form} name="document-copy" layout="vertical" onFinish={(v) => void submit(v)}>
          <p>{t('documents.copies.explain')}</p>
          <Form.Item name="form" label={t('documents.copies.form')}>
            <Radio.Group
              options={COPY_FORMS.map((f) => ({ value: f, label: t(`documents.copies.forms.${f}`) }))}
            />
          </Form.Item>
          {copyForm === 'TS' ? (
            <Form.Item
              name="excerpt"
              label={t('documents.copies.excerpt')}
              rules={[
                { required: true, whitespace: true, min: 3, message: t('documents.copies.excerptRequired') },
              ]}
            >
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          ) : null}
          <Form.Item
            name="recipients"
            label={t('documents.copies.recipients')}
            extra={t('documents.copies.recipientsHelp')}
          >
            <Input.TextArea rows={2} data-testid="copy-recipients" />
          </Form.Item>
          <CertificateField name="certificateId" kind="organisation" />
          <Form.Item
            name="password"
            label={t('documents.sign.password')}
            extra={t('documents.sign.passwordHelp')}
            rules={[{ required: true, message: t('documents.sign.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" data-testid="copy-password" />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
