import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agency, AgencyPage } from '../api/agencies.api.ts';
import {
  type DirectoryState,
  drillInto,
  PAGE_SIZES,
  writeDirectoryState,
} from '../hooks/agency-directory-state.ts';
import { AgencyName, agencyNameText } from './agency-name.tsx';

function hrefOf(state: DirectoryState): string {
  return `?${writeDirectoryState(state).toString()}`;
}

/**
 * One page of agencies. The name opens the detail panel (or, with `nameHref`, another page such as the
 * administrator's edit form); the sub-unit count opens the next level.
 */
export function AgencyTable({
  state,
  page,
  isLoading,
  onPage,
  nameHref,
}: {
  state: DirectoryState;
  page: AgencyPage | undefined;
  isLoading: boolean;
  onPage: (page: number, pageSize: number) => void;
  nameHref?: (agency: Agency) => string;
}) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<Agency> = [
    {
      key: 'code',
      title: t('agencies.columns.code'),
      dataIndex: 'code',
      render: (code: string) => <code className="op-code">{code}</code>,
      responsive: ['xl'],
    },
    {
      key: 'abbreviation',
      title: t('agencies.columns.abbreviation'),
      dataIndex: 'abbreviation',
      responsive: ['md'],
    },
    {
      key: 'name',
      title: t('agencies.columns.name'),
      render: (_: unknown, agency) => (
        <Link
          to={nameHref ? nameHref(agency) : hrefOf({ ...state, selectedId: agency.id })}
          aria-current={!nameHref && state.selectedId === agency.id ? 'true' : undefined}
          title={
            nameHref ? undefined : t('agencies.openDetail', { name: agencyNameText(agency, i18n.language) })
          }
          data-testid="agency-name-link"
        >
          <AgencyName agency={agency} />
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('agencies.columns.kind'),
      render: (_: unknown, agency) => t(`agencyKind.${agency.kind}`),
      responsive: ['xxl'],
    },
    {
      key: 'level',
      title: t('agencies.columns.level'),
      render: (_: unknown, agency) => t(`agencyLevel.${agency.level}`),
      responsive: ['xxl'],
    },
    {
      key: 'children',
      title: t('agencies.columns.children'),
      className: 'op-col-nowrap',
      render: (_: unknown, agency) =>
        agency.childCount > 0 ? (
          <Link to={hrefOf(drillInto(state, agency.id))} data-testid="agency-drill-link">
            {t('agencies.viewChildren', { count: agency.childCount })}
            <span className="op-visually-hidden"> ({agencyNameText(agency, i18n.language)})</span>
          </Link>
        ) : (
          <span className="op-muted">{t('agencies.noChildren')}</span>
        ),
    },
  ];

  return (
    <Table<Agency>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      locale={{ emptyText: t('agencies.empty') }}
      rowClassName={(agency) => (agency.id === state.selectedId ? 'op-row-selected' : '')}
      data-testid="agency-table"
      pagination={{
        current: state.page,
        pageSize: state.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (total, [from, to]) => t('agencies.range', { from, to, total }),
        hideOnSinglePage: false,
      }}
      onChange={(pagination) => onPage(pagination.current ?? 1, pagination.pageSize ?? state.pageSize)}
    />
  );
}
