import { Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Certificate, listCertificates } from '../api/documents.api.ts';

const STORAGE_KEY = 'op.certificate';

/** The last certificate used for a kind on this browser: the token's certificate rarely changes. */
export function rememberedCertificate(kind: Certificate['kind']): string | undefined {
  try {
    return localStorage.getItem(`${STORAGE_KEY}.${kind}`) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberCertificate(kind: Certificate['kind'], id: string): void {
  try {
    localStorage.setItem(`${STORAGE_KEY}.${kind}`, id);
  } catch {
    // Private browsing: nothing to remember.
  }
}

/**
 * The certificate to sign with. Officials who may list their agency's certificates (pki:manage) choose
 * from the active ones; the others type the identifier of their token's certificate (the API offers
 * leaders and clerks no listing of their own certificates).
 */
export function CertificateField({
  name,
  kind,
  permissions,
  holderOfficialId,
}: {
  name: string;
  kind: Certificate['kind'];
  permissions: readonly string[];
  holderOfficialId?: string;
}) {
  const { t } = useTranslation();
  const canList = permissions.includes('pki:manage') || permissions.includes('pki:manage-all');
  const [certificates, setCertificates] = useState<Certificate[] | null>(null);
  useEffect(() => {
    if (!canList) return;
    const controller = new AbortController();
    listCertificates(
      { kind, status: 'active', ...(holderOfficialId ? { holderOfficialId } : {}) },
      controller.signal,
    )
      .then(setCertificates)
      .catch(() => setCertificates(null));
    return () => controller.abort();
  }, [canList, kind, holderOfficialId]);

  return (
    <Form.Item
      name={name}
      label={t(kind === 'personal' ? 'documents.sign.certificate' : 'documents.issue.certificate')}
      extra={certificates ? undefined : t('documents.sign.certificateHelp')}
      rules={[{ required: true, whitespace: true, message: t('documents.sign.certificateRequired') }]}
    >
      {certificates ? (
        <Select
          data-testid={`certificate-${kind}`}
          options={certificates.map((c) => ({
            value: c.id,
            label: `${c.holderName} — ${c.serialNumber}`,
          }))}
        />
      ) : (
        <Input autoComplete="off" spellCheck={false} data-testid={`certificate-${kind}`} />
      )}
    </Form.Item>
  );
}
