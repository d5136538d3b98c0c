import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { listEditorPosts } from '../modules/portal/api/posts.api.ts';
import { EditorTable } from '../modules/portal/components/editor-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

const PAGE_SIZE = 20;

/** The agency's portal posts, drafts included, for its editors. */
export default function PortalEditorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query = useApiQuery(`editor|${page}`, (signal) =>
    listEditorPosts({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
  );
  return (
    <>
      <PageHeading intro={t('portalPosts.editor.intro')}>{t('portalPosts.editor.title')}</PageHeading>
      {query.problem ? <ProblemAlert problem={query.problem} /> : null}
      <p>
        <Button type="primary" onClick={() => navigate(ROUTES.portalEditorNew)} data-testid="portal-post-new">
          {t('portalPosts.editor.new')}
        </Button>
      </p>
      <EditorTable
        query={query}
        href={ROUTES.portalEditorPost}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(p) => setParams({ page: String(p) })}
      />
    </>
  );
}
