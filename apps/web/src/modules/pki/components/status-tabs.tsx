import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Filter links (all, then each status): the choice lives in the address, Back and reload keep it. */
export function StatusTabs<S extends string>({
  label,
  statuses,
  current,
  hrefFor,
  labelFor,
  testId,
}: {
  label: string;
  statuses: readonly S[];
  current: S | null;
  hrefFor: (s: S | null) => string;
  labelFor: (s: S) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  const entries: (S | null)[] = [null, ...statuses];
  return (
    <nav aria-label={label} className="op-tabs">
      <ul>
        {entries.map((s) => (
          <li key={s ?? 'all'}>
            <Link
              to={hrefFor(s)}
              className={s === current ? 'op-tab is-active' : 'op-tab'}
              aria-current={s === current ? 'page' : undefined}
              data-testid={`${testId}-${s ?? 'all'}`}
            >
              {s ? labelFor(s) : t('common.all')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
