import { Alert, Form, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { formatDate } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { type Certificate, listMyCertificates } from '../api/documents.api.ts';

/** Valid now: active (the API lists only active ones) and within its validity period. */
export function usableCertificates(all: readonly Certificate[], kind: Certificate['kind'], now = new Date()) {
  return all.filter(
    (c) =>
      c.kind === kind && c.status === 'active' && new Date(c.notBefore) <= now && new Date(c.notAfter) > now,
  );
}

/**
 * The certificate to sign with, chosen among those the official may use (GET /api/pki/my-certificates:
 * their own personal certificates; the agency's organisation certificate for its clerk). The only one is
 * chosen by default; with none, the field explains whom to ask and the form cannot be sent.
 */
export function CertificateField({ name, kind }: { name: string; kind: Certificate['kind'] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const query = useApiQuery('my-certificates', (signal) => listMyCertificates(signal));
  const usable = query.data ? usableCertificates(query.data, kind) : [];
  const only = usable.length === 1 ? usable[0]!.id : undefined;
  // Also after the form is reset (a dialog opened again): the only certificate is chosen again.
  const value: unknown = Form.useWatch(name, form);
  useEffect(() => {
    if (only && !value) form.setFieldValue(name, only);
  }, [only, value, form, name]);
  const label = t(kind === 'personal' ? 'documents.sign.certificate' : 'documents.issue.certificate');

  return (
    <>
      {query.problem ? <ProblemAlert problem={query.problem} className="op-form-alert" /> : null}
      {query.data && usable.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          className="op-form-alert"
          data-testid={`certificate-none-${kind}`}
          title={t(
            kind === 'personal'
              ? 'documents.certificates.nonePersonal'
              : 'documents.certificates.noneOrganisation',
          )}
        />
      ) : null}
      <Form.Item
        name={name}
        label={label}
        extra={t('documents.certificates.help')}
        rules={[{ required: true, message: t('documents.sign.certificateRequired') }]}
      >
        <Select
          data-testid={`certificate-${kind}`}
          loading={query.isLoading}
          disabled={query.data !== undefined && usable.length === 0}
          placeholder={t('documents.certificates.placeholder')}
          options={usable.map((c) => ({
            value: c.id,
            label: t('documents.certificates.option', {
              holder: c.holderName,
              serial: c.serialNumber,
              until: formatDate(c.notAfter),
            }),
          }))}
        />
      </Form.Item>
    </>
  );
}
