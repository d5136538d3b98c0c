import { Table, Tag } from 'antd';
import '../pki.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiQuery } from '../../../api/use-api-query.ts';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import type { Certificate, CertificateStats } from '../api/pki.api.ts';

export function CertificateStatusTag({ status }: { status: Certificate['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag className={`op-cert-status op-cert-${status}`} data-testid="certificate-status">
      {t(`pki.certificateStatus.${status}`)}
    </Tag>
  );
}

/** The counts of /api/pki/stats: active certificates by kind and medium, issued and revoked this year. */
export function CertificateKpis({ stats }: { stats: CertificateStats }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const items: [string, number, string][] = [
    [t('pki.stats.active'), stats.active, 'active'],
    [t('pki.stats.personalUsb'), stats.activePersonalByMedium.usb_token, 'usb'],
    [t('pki.stats.personalSim'), stats.activePersonalByMedium.sim_pki, 'sim'],
    [t('pki.stats.organisation'), stats.activeByKind.organisation, 'organisation'],
    [t('pki.stats.issued', { from: formatDate(stats.from) }), stats.issued, 'issued'],
    [t('pki.stats.revoked', { from: formatDate(stats.from) }), stats.revoked, 'revoked'],
  ];
  return (
    <ul className="op-kpis" aria-label={t('pki.stats.label')} data-testid="pki-stats">
      {items.map(([label, value, key]) => (
        <li key={key}>
          <span className="op-kpi-label">{label}</span>
          <span className="op-kpi-value" data-testid={`pki-stats-${key}`}>
            {n(value)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Certificates: holder (link), kind and medium, serial number, validity, status. */
export function CertificateTable({
  query,
  href,
}: {
  query: ApiQuery<Certificate[]>;
  href: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Table<Certificate>
      data-testid="certificate-table"
      rowKey="id"
      size="middle"
      loading={query.isLoading}
      dataSource={query.data ?? []}
      locale={{ emptyText: <span className="op-muted">{t('pki.certificates.empty')}</span> }}
      scroll={{ x: 900 }}
      pagination={{
        pageSize: 20,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (total) => t('pki.certificates.total', { count: total }),
      }}
      columns={[
        {
          title: t('pki.holder'),
          dataIndex: 'holderName',
          render: (name: string, row) => (
            <>
              <Link to={href(row.id)} data-testid="certificate-link">
                {name}
              </Link>
              {row.holderTitle ? <div className="op-muted">{row.holderTitle}</div> : null}
            </>
          ),
        },
        {
          title: t('pki.kind'),
          dataIndex: 'kind',
          render: (k: Certificate['kind'], row) => (
            <>
              {t(`pki.kinds.${k}`)}
              <div className="op-muted">{t(`pki.media.${row.medium}`)}</div>
            </>
          ),
        },
        {
          title: t('pki.serial'),
          dataIndex: 'serialNumber',
          render: (s: string) => <code className="op-break">{s}</code>,
        },
        {
          title: t('pki.validity'),
          dataIndex: 'notBefore',
          className: 'op-col-nowrap',
          render: (from: string, row) =>
            t('pki.validityRange', { from: formatDate(from), to: formatDate(row.notAfter) }),
        },
        {
          title: t('pki.status'),
          dataIndex: 'status',
          render: (s: Certificate['status']) => <CertificateStatusTag status={s} />,
        },
      ]}
    />
  );
}
