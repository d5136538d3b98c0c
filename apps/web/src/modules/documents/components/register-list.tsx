import { FilePdfOutlined } from '@ant-design/icons';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiQuery } from '../../../api/use-api-query.ts';
import { type Register, registerPdfUrl } from '../api/documents.api.ts';

/** The agency's registers of a year (Decree 30/2020 Appendix IV) with a link to print each as a PDF. */
export function RegisterList({ query }: { query: ApiQuery<Register[]> }) {
  const { t } = useTranslation();
  return (
    <Table<Register>
      data-testid="register-table"
      rowKey="id"
      size="middle"
      loading={query.isLoading}
      dataSource={query.data ?? []}
      pagination={false}
      locale={{ emptyText: <span className="op-muted">{t('documents.registers.empty')}</span> }}
      columns={[
        { title: t('documents.registers.name'), dataIndex: 'name' },
        {
          title: t('documents.registers.direction'),
          dataIndex: 'direction',
          render: (d: Register['direction']) => t(`documents.registers.directions.${d}`),
        },
        { title: t('documents.registers.lastNumber'), dataIndex: 'lastNumber' },
        {
          key: 'print',
          title: t('documents.registers.print'),
          render: (_: unknown, row) => (
            <a href={registerPdfUrl(row.id)} target="_blank" rel="noopener" data-testid="register-pdf">
              <FilePdfOutlined aria-hidden="true" /> {t('documents.registers.printLink', { name: row.name })}
              <span className="op-visually-hidden"> {t('office.opensNewTab')}</span>
            </a>
          ),
        },
      ]}
    />
  );
}
