import { Button, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiProblem, toApiProblem } from '../api/problem.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { fetchEditorPost, type Post, publishPost, unpublishPost } from '../modules/portal/api/posts.api.ts';
import { PostForm } from '../modules/portal/components/post-form.tsx';
import { formatDate } from '../ui/format.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

/** Writes a new post (/portal-editor/new) or edits, publishes and takes down an existing one. */
export default function PortalEditorPostPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const isNew = id === 'new';
  const query = useApiQuery(isNew ? null : id, (signal) => fetchEditorPost(id, signal));
  const [post, setPost] = useState<Post | undefined>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setPost(query.data), [query.data]);

  if (isNew) {
    return (
      <>
        <Link to={ROUTES.portalEditor} className="op-back-link">
          {t('portalPosts.editor.back')}
        </Link>
        <PageHeading>{t('portalPosts.editor.newTitle')}</PageHeading>
        <PostForm onSaved={(saved) => navigate(ROUTES.portalEditorPost(saved.id), { replace: true })} />
      </>
    );
  }
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!post) return <Loading />;

  async function act(action: (p: Post) => Promise<Post>) {
    if (!post) return;
    setBusy(true);
    setProblem(null);
    try {
      setPost(await action(post));
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : toApiProblem(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Link to={ROUTES.portalEditor} className="op-back-link">
        {t('portalPosts.editor.back')}
      </Link>
      <PageHeading lang={post.language}>{post.title}</PageHeading>
      <section className="op-panel" aria-labelledby="post-status-heading">
        <h2 id="post-status-heading">{t('portalPosts.editor.statusHeading')}</h2>
        <p>
          <Tag data-testid="post-status">{t(`portalPosts.statuses.${post.status}`)}</Tag>{' '}
          {post.publishedAt ? t('portalPosts.publishedOn', { date: formatDate(post.publishedAt) }) : null}
        </p>
        {problem ? <ProblemAlert problem={problem} className="op-form-alert" /> : null}
        <Space wrap>
          {post.status === 'published' ? (
            <>
              <Link to={ROUTES.newsPost(post.id)} data-testid="post-public-link">
                {t('portalPosts.editor.viewPublic')}
              </Link>
              <Button onClick={() => void act(unpublishPost)} loading={busy} data-testid="post-unpublish">
                {t('portalPosts.editor.unpublish')}
              </Button>
            </>
          ) : (
            <Button
              type="primary"
              onClick={() => void act(publishPost)}
              loading={busy}
              data-testid="post-publish"
            >
              {t('portalPosts.editor.publish')}
            </Button>
          )}
        </Space>
      </section>
      <PostForm key={post.version} post={post} onSaved={setPost} />
    </>
  );
}
