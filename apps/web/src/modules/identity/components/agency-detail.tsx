import { Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiProblem } from '../../../api/problem.ts';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import type { Agency } from '../api/agencies.api.ts';
import { type DirectoryState, drillInto, writeDirectoryState } from '../hooks/agency-directory-state.ts';
import { AgencyName } from './agency-name.tsx';

function hrefOf(state: DirectoryState): string {
  return `?${writeDirectoryState(state).toString()}`;
}

/** Everything the directory knows about one agency. */
export function AgencyDetail({
  state,
  agency,
  problem,
  isLoading,
}: {
  state: DirectoryState;
  agency: Agency | undefined;
  problem: ApiProblem | undefined;
  isLoading: boolean;
}) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const yesNo = (value: boolean) => (
    <Tag className={value ? 'op-tag-yes' : 'op-tag-no'}>{value ? t('common.yes') : t('common.no')}</Tag>
  );

  let body: ReactNode;
  if (!state.selectedId) {
    body = <p className="op-muted">{t('agencies.detail.placeholder')}</p>;
  } else if (problem) {
    body = <ProblemAlert problem={problem} />;
  } else if (!agency || isLoading) {
    body = <Loading />;
  } else {
    body = (
      <>
        <Descriptions
          column={1}
          size="small"
          bordered
          data-testid="agency-detail"
          items={[
            {
              key: 'name',
              label: t('agencies.detail.name'),
              children: <strong lang="vi">{agency.name}</strong>,
            },
            {
              key: 'nameEn',
              label: t('agencies.detail.nameEn'),
              children: agency.nameEn ? <span lang="en">{agency.nameEn}</span> : none,
            },
            {
              key: 'code',
              label: t('agencies.detail.code'),
              children: <code className="op-code">{agency.code}</code>,
            },
            { key: 'abbreviation', label: t('agencies.detail.abbreviation'), children: agency.abbreviation },
            { key: 'kind', label: t('agencies.detail.kind'), children: t(`agencyKind.${agency.kind}`) },
            { key: 'level', label: t('agencies.detail.level'), children: t(`agencyLevel.${agency.level}`) },
            { key: 'sector', label: t('agencies.detail.sector'), children: t(`sector.${agency.sector}`) },
            {
              key: 'adminUnitCode',
              label: t('agencies.detail.adminUnitCode'),
              children: agency.adminUnitCode ?? none,
            },
            {
              key: 'validFrom',
              label: t('agencies.detail.validFrom'),
              children: <span data-testid="agency-valid-from">{formatDate(agency.validFrom)}</span>,
            },
            {
              key: 'validTo',
              label: t('agencies.detail.validTo'),
              children: agency.validTo ? formatDate(agency.validTo) : t('agencies.detail.stillValid'),
            },
            {
              key: 'usesDocumentManagement',
              label: t('agencies.detail.usesDocumentManagement'),
              children: yesNo(agency.usesDocumentManagement),
            },
            {
              key: 'onPrivateNetwork',
              label: t('agencies.detail.onPrivateNetwork'),
              children: yesNo(agency.onPrivateNetwork),
            },
            {
              key: 'childCount',
              label: t('agencies.detail.childCount'),
              children: formatNumber(agency.childCount, i18n.language),
            },
          ]}
        />
        {agency.childCount > 0 && state.parentId !== agency.id ? (
          <p className="op-detail-actions">
            <Link to={hrefOf(drillInto(state, agency.id))}>{t('agencies.detail.viewChildren')}</Link>
          </p>
        ) : null}
      </>
    );
  }

  return (
    <section aria-labelledby="agency-detail-heading" className="op-panel op-agency-detail">
      <div className="op-panel-header">
        <h2 id="agency-detail-heading">
          {agency && state.selectedId === agency.id ? (
            <AgencyName agency={agency} />
          ) : (
            t('agencies.detail.title')
          )}
        </h2>
        {state.selectedId ? (
          <Link to={hrefOf({ ...state, selectedId: null })} className="op-panel-close">
            {t('agencies.detail.close')}
          </Link>
        ) : null}
      </div>
      {body}
    </section>
  );
}
