import { Button, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import type { ApiQuery } from '../../../api/use-api-query.ts';
import { Field } from '../../../ui/field.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { type Certificate, type CertificateRequest, decideRequest, issueRequest } from '../api/pki.api.ts';

/**
 * Certificate requests with what the officer may do next: approve or refuse (with a reason) a pending
 * request, issue the certificate of an approved one (a new key on the token, signed by the province CA).
 */
export function RequestTable({
  query,
  certificateHref,
  onIssued,
}: {
  query: ApiQuery<CertificateRequest[]>;
  certificateHref: (id: string) => string;
  onIssued: (c: Certificate) => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [refusing, setRefusing] = useState<CertificateRequest | null>(null);
  const [note, setNote] = useState('');

  async function run(id: string, action: () => Promise<unknown>) {
    setBusyId(id);
    setProblem(null);
    try {
      await action();
      query.reload();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : toApiProblem(error));
    } finally {
      setBusyId(null);
    }
  }

  return (
    <>
      {problem ? <ProblemAlert problem={problem} /> : null}
      <Table<CertificateRequest>
        data-testid="request-table"
        rowKey="id"
        size="middle"
        loading={query.isLoading}
        dataSource={query.data ?? []}
        locale={{ emptyText: <span className="op-muted">{t('pki.requests.empty')}</span> }}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          {
            title: t('pki.holder'),
            dataIndex: 'holderName',
            render: (name: string, row) => (
              <>
                <span data-testid="request-holder">{name}</span>
                {row.holderTitle ? <div className="op-muted">{row.holderTitle}</div> : null}
              </>
            ),
          },
          {
            title: t('pki.kind'),
            dataIndex: 'kind',
            render: (k: CertificateRequest['kind'], row) => (
              <>
                {t(`pki.kinds.${k}`)}
                <div className="op-muted">{t(`pki.media.${row.medium}`)}</div>
              </>
            ),
          },
          {
            title: t('pki.requests.requested'),
            dataIndex: 'requestedAt',
            className: 'op-col-nowrap',
            render: (at: string, row) => (
              <>
                {formatDateTime(at)}
                <div className="op-muted">{row.requestedByName}</div>
              </>
            ),
          },
          {
            title: t('pki.status'),
            dataIndex: 'status',
            render: (s: CertificateRequest['status'], row) => (
              <>
                <Tag data-testid="request-status">{t(`pki.requestStatus.${s}`)}</Tag>
                {row.renewalOfId ? <div className="op-muted">{t('pki.requests.renewal')}</div> : null}
                {row.decisionNote ? <div className="op-muted">{row.decisionNote}</div> : null}
              </>
            ),
          },
          {
            title: t('pki.requests.actions'),
            key: 'actions',
            render: (_: unknown, row) => {
              if (row.status === 'pending')
                return (
                  <Space wrap>
                    <Button
                      type="primary"
                      size="small"
                      loading={busyId === row.id}
                      onClick={() => void run(row.id, () => decideRequest(row.id, true))}
                      data-testid="request-approve"
                      aria-label={t('pki.requests.approveFor', { name: row.holderName })}
                    >
                      {t('pki.requests.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => {
                        setNote('');
                        setRefusing(row);
                      }}
                      aria-label={t('pki.requests.rejectFor', { name: row.holderName })}
                    >
                      {t('pki.requests.reject')}
                    </Button>
                  </Space>
                );
              if (row.status === 'approved')
                return (
                  <Button
                    type="primary"
                    size="small"
                    loading={busyId === row.id}
                    onClick={() =>
                      void run(row.id, async () => {
                        onIssued(await issueRequest(row.id));
                      })
                    }
                    data-testid="request-issue"
                    aria-label={t('pki.requests.issueFor', { name: row.holderName })}
                  >
                    {t('pki.requests.issue')}
                  </Button>
                );
              if (row.status === 'issued' && row.certificateId)
                return (
                  <Link to={certificateHref(row.certificateId)} data-testid="request-certificate">
                    {t('pki.requests.viewCertificate')}
                  </Link>
                );
              return null;
            },
          },
        ]}
      />
      <Modal
        open={refusing !== null}
        title={t('pki.requests.rejectTitle', { name: refusing?.holderName ?? '' })}
        okText={t('pki.requests.reject')}
        cancelText={t('pki.cancel')}
        okButtonProps={{ danger: true, disabled: note.trim().length < 3 }}
        onCancel={() => setRefusing(null)}
        onOk={() => {
          const r = refusing;
          setRefusing(null);
          if (r) void run(r.id, () => decideRequest(r.id, false, note.normalize('NFC').trim()));
        }}
      >
        <Field id="reject-note" label={t('pki.requests.rejectReason')}>
          <Input.TextArea
            id="reject-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={1000}
          />
        </Field>
      </Modal>
    </>
  );
}
