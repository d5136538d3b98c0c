import { Drawer } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiQuery, useApiQuery } from '../../../api/use-api-query.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { type DossierList, type DrillQuery, fetchDrillDown } from '../api/statistics.api.ts';

const PAGE_SIZE = 20;

export interface DrillRequest {
  /** What the list shows, e.g. "Quá hạn — Sở Thông tin và Truyền thông — năm 2021". */
  title: string;
  query: Omit<DrillQuery, 'limit' | 'offset'>;
}

/**
 * The dossiers behind a figure of the dashboard, in a side panel (a dialog: focus moves into it and
 * returns on close), paged by the API's drill-down (GET /api/dossiers?from&to&figure&agencyIds…).
 */
export function DrillDown({
  request,
  onClose,
  renderList,
}: {
  request: DrillRequest | null;
  onClose: () => void;
  /** The table of dossiers (the page passes the dossiers module's queue table). */
  renderList: (list: {
    query: ApiQuery<DossierList>;
    page: number;
    pageSize: number;
    onPage: (page: number) => void;
  }) => ReactNode;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState<DrillRequest | null>(null);
  if (request !== shown) {
    setShown(request);
    setPage(1);
  }
  const key = request ? `${JSON.stringify(request.query)}|${page}` : null;
  const query = useApiQuery(key, (signal) =>
    fetchDrillDown({ ...request!.query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
  );
  return (
    <Drawer
      open={request !== null}
      onClose={onClose}
      title={request?.title}
      size={960}
      destroyOnHidden
      closable={{ 'aria-label': t('dashboard.drill.close') }}
      rootClassName="op-drill-down"
    >
      <div data-testid="drill-down">
        {query.problem ? <ProblemAlert problem={query.problem} /> : null}
        <p className="op-muted" data-testid="drill-total">
          {query.data ? t('dashboard.drill.total', { count: query.data.total }) : '…'}
        </p>
        {query.data && query.data.total === 0
          ? null
          : renderList({ query, page, pageSize: PAGE_SIZE, onPage: setPage })}
      </div>
    </Drawer>
  );
}
