import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { ApiQuery } from '../../api/use-api-query.ts';

/** What a screen hands a paged table: the query of the page on screen, its number and size, the page change. */
export interface Paging<Page> {
  query: Pick<ApiQuery<Page>, 'data' | 'isLoading'>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/**
 * A table of one server page of a list (`{ items, total }`): a spinner while the query loads, the empty text
 * when nothing matches, horizontal scroll on narrow screens, the total and page links that report the chosen
 * page (the page size is fixed by the caller).
 */
export function PagedTable<T extends object>({
  testId,
  query,
  page,
  pageSize,
  onPage,
  emptyText,
  totalText,
  columns,
  rowKey,
  scrollX,
}: Paging<{ items: readonly T[]; total: number }> & {
  testId: string;
  emptyText: ReactNode;
  totalText: (count: number) => ReactNode;
  columns: TableColumnsType<T>;
  rowKey: TableProps<T>['rowKey'];
  scrollX: number;
}) {
  return (
    <Table<T>
      data-testid={testId}
      rowKey={rowKey}
      size="middle"
      loading={query.isLoading}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText }}
      scroll={{ x: scrollX }}
      pagination={{
        current: page,
        pageSize,
        total: query.data?.total ?? 0,
        showSizeChanger: false,
        onChange: onPage,
        showTotal: totalText,
      }}
      columns={columns}
    />
  );
}
