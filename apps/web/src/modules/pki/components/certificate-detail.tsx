import { Button, Descriptions, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { Field } from '../../../ui/field.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import {
  type Certificate,
  changeStatus,
  REVOCATION_REASONS,
  type RevocationReason,
  renewCertificate,
  revokeCertificate,
} from '../api/pki.api.ts';
import { certificateEvents, derFromPem, fileBaseName } from '../utils/certificate.ts';
import { CertificateStatusTag } from './certificate-table.tsx';

function download(name: string, type: string, data: BlobPart) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * One certificate: subject, issuer, serial, validity (dd/mm/yyyy), what happened to it, the certificate file
 * (PEM or DER, public data), and the officer's actions: suspend/resume, revoke with an RFC 5280 reason
 * (asked in a dialog, it cannot be undone), renew (a new key; the old certificate is revoked as superseded).
 */
export function CertificateDetail({
  certificate: c,
  href,
  onChanged,
  onRenewed,
}: {
  certificate: Certificate;
  href: (id: string) => string;
  onChanged: (c: Certificate) => void;
  onRenewed: (c: Certificate) => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState<RevocationReason>('keyCompromise');

  async function run(action: () => Promise<Certificate>, then: (c: Certificate) => void) {
    setBusy(true);
    setProblem(null);
    try {
      then(await action());
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : toApiProblem(error));
    } finally {
      setBusy(false);
    }
  }

  const base = fileBaseName(c);
  return (
    <>
      <Descriptions
        bordered
        column={1}
        size="small"
        data-testid="certificate-detail"
        items={[
          { key: 'status', label: t('pki.status'), children: <CertificateStatusTag status={c.status} /> },
          {
            key: 'holder',
            label: t('pki.holder'),
            children: c.holderTitle ? `${c.holderName} — ${c.holderTitle}` : c.holderName,
          },
          { key: 'agency', label: t('pki.agency'), children: c.agencyName },
          {
            key: 'kind',
            label: t('pki.kind'),
            children: `${t(`pki.kinds.${c.kind}`)} · ${t(`pki.media.${c.medium}`)}`,
          },
          {
            key: 'subject',
            label: t('pki.subject'),
            children: <span className="op-break">{c.subject}</span>,
          },
          { key: 'issuer', label: t('pki.issuer'), children: <span className="op-break">{c.issuer}</span> },
          {
            key: 'serial',
            label: t('pki.serial'),
            children: (
              <code className="op-break" data-testid="certificate-serial">
                {c.serialNumber}
              </code>
            ),
          },
          {
            key: 'validity',
            label: t('pki.validity'),
            children: t('pki.validityRange', { from: formatDate(c.notBefore), to: formatDate(c.notAfter) }),
          },
        ]}
      />
      <section className="op-section" aria-labelledby="cert-history">
        <h2 id="cert-history" className="op-subheading">
          {t('pki.history.title')}
        </h2>
        <ol className="op-history" data-testid="certificate-history">
          {certificateEvents(c).map((e) => (
            <li key={`${e.kind}-${e.at}`}>
              <span className="op-history-time">{formatDateTime(e.at)}</span>{' '}
              {t(`pki.history.${e.kind}`, {
                name: c.issuedByName,
                reason: e.reason ? t(`pki.reasons.${e.reason}`, { defaultValue: e.reason }) : '',
              })}
              {e.kind === 'issued' && c.renewedFromId ? (
                <>
                  {' '}
                  <Link to={href(c.renewedFromId)}>{t('pki.history.renewedFrom')}</Link>
                </>
              ) : null}
            </li>
          ))}
        </ol>
        <p className="op-muted op-small">{t('pki.history.note')}</p>
      </section>
      <section className="op-section" aria-labelledby="cert-files">
        <h2 id="cert-files" className="op-subheading">
          {t('pki.files.title')}
        </h2>
        <Space wrap>
          <Button
            onClick={() => download(`${base}.pem`, 'application/x-pem-file', c.certificatePem)}
            data-testid="download-pem"
          >
            {t('pki.files.pem')}
          </Button>
          <Button
            onClick={() => download(`${base}.cer`, 'application/pkix-cert', derFromPem(c.certificatePem))}
            data-testid="download-der"
          >
            {t('pki.files.der')}
          </Button>
        </Space>
      </section>
      {c.status !== 'revoked' ? (
        <section className="op-section" aria-labelledby="cert-actions">
          <h2 id="cert-actions" className="op-subheading">
            {t('pki.actions.title')}
          </h2>
          <Space wrap>
            {c.status === 'active' ? (
              <Popconfirm
                title={t('pki.actions.suspendTitle')}
                description={t('pki.actions.suspendConfirm')}
                okText={t('pki.actions.suspend')}
                cancelText={t('pki.cancel')}
                onConfirm={() => void run(() => changeStatus(c.id, 'suspend'), onChanged)}
              >
                <Button loading={busy} data-testid="certificate-suspend">
                  {t('pki.actions.suspend')}
                </Button>
              </Popconfirm>
            ) : (
              <Popconfirm
                title={t('pki.actions.resumeTitle')}
                description={t('pki.actions.resumeConfirm')}
                okText={t('pki.actions.resume')}
                cancelText={t('pki.cancel')}
                onConfirm={() => void run(() => changeStatus(c.id, 'resume'), onChanged)}
              >
                <Button loading={busy} data-testid="certificate-resume">
                  {t('pki.actions.resume')}
                </Button>
              </Popconfirm>
            )}
            {c.status === 'active' ? (
              <Popconfirm
                title={t('pki.actions.renewTitle')}
                description={t('pki.actions.renewConfirm')}
                okText={t('pki.actions.renew')}
                cancelText={t('pki.cancel')}
                onConfirm={() => void run(() => renewCertificate(c.id), onRenewed)}
              >
                <Button loading={busy} data-testid="certificate-renew">
                  {t('pki.actions.renew')}
                </Button>
              </Popconfirm>
            ) : null}
            <Button danger loading={busy} onClick={() => setRevoking(true)} data-testid="certificate-revoke">
              {t('pki.actions.revoke')}
            </Button>
          </Space>
        </section>
      ) : null}
      {problem ? <ProblemAlert problem={problem} /> : null}
      <Modal
        open={revoking}
        title={t('pki.actions.revokeTitle', { name: c.holderName })}
        okText={t('pki.actions.revokeOk')}
        cancelText={t('pki.cancel')}
        okButtonProps={{ danger: true }}
        onCancel={() => setRevoking(false)}
        onOk={() => {
          setRevoking(false);
          void run(() => revokeCertificate(c.id, reason), onChanged);
        }}
      >
        <p>{t('pki.actions.revokeWarning')}</p>
        <Field id="revoke-reason" label={t('pki.actions.reason')}>
          <Select<RevocationReason>
            id="revoke-reason"
            value={reason}
            onChange={setReason}
            options={REVOCATION_REASONS.map((r) => ({ value: r, label: t(`pki.reasons.${r}`) }))}
            className="op-filter-kind"
            popupMatchSelectWidth={false}
          />
        </Field>
      </Modal>
    </>
  );
}
