import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agency } from '../api/agencies.api.ts';
import { type DirectoryState, drillInto, writeDirectoryState } from '../hooks/agency-directory-state.ts';
import { AgencyName } from './agency-name.tsx';

function hrefOf(state: DirectoryState): string {
  const search = writeDirectoryState(state).toString();
  return search ? `?${search}` : '?';
}

/** Where the list is in the tree: "All agencies › UBND tỉnh › Sở TT&TT", each step a link back up. */
export function AgencyBreadcrumb({
  state,
  path,
  isSearching,
}: {
  state: DirectoryState;
  path: Agency[] | undefined;
  isSearching: boolean;
}) {
  const { t } = useTranslation();
  const rootState: DirectoryState = { ...drillInto(state, ''), parentId: null, selectedId: null };
  type Item = { key: string; title: ReactNode };
  const items: Item[] = [];
  const isAtRoot = !state.parentId && !isSearching;
  items.push({
    key: 'root',
    title: isAtRoot ? (
      <span aria-current="page">{t('agencies.root')}</span>
    ) : (
      <Link to={hrefOf(rootState)}>{t('agencies.root')}</Link>
    ),
  });
  if (isSearching) {
    items.push({
      key: 'search',
      title: (
        <span aria-current="page">
          {state.q ? t('agencies.searchResults', { q: state.q }) : t('agencies.filteredResults')}
        </span>
      ),
    });
  } else if (state.parentId) {
    for (const [index, agency] of (path ?? []).entries()) {
      const isLast = index === (path?.length ?? 0) - 1;
      items.push({
        key: agency.id,
        title: isLast ? (
          <span aria-current="page">
            <AgencyName agency={agency} />
          </span>
        ) : (
          <Link to={hrefOf(drillInto(state, agency.id))}>
            <AgencyName agency={agency} />
          </Link>
        ),
      });
    }
  }
  return (
    <nav aria-label={t('agencies.breadcrumb')} className="op-breadcrumb" data-testid="agency-breadcrumb">
      <Breadcrumb items={items} />
    </nav>
  );
}
