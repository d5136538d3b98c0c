import '../khmer.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format.ts';
import { PageHeading } from '../../../ui/page-heading.tsx';
import type { Post } from '../api/posts.api.ts';
import { PostBody } from './post-body.tsx';

/** One published post: the title as the page's h1, in the post's language (lang="km" for Khmer). */
export function PostView({ post, backHref }: { post: Post; backHref: string }) {
  const { t } = useTranslation();
  return (
    <article
      className="op-post"
      aria-labelledby="post-title"
      data-testid="post"
      data-language={post.language}
    >
      <PageHeading id="post-title" lang={post.language}>
        {post.title}
      </PageHeading>
      <p className="op-post-meta">
        <span>{t('portalPosts.publishedOn', { date: formatDate(post.publishedAt) })}</span>
        <span>
          {t('portalPosts.source')} <span lang="vi">{post.agencyName}</span>
        </span>
        <span>{t(`portalPosts.categories.${post.category}`)}</span>
      </p>
      {post.summary ? (
        <p lang={post.language} className="op-post-summary">
          {post.summary}
        </p>
      ) : null}
      <PostBody body={post.body} lang={post.language} />
      <p>
        <Link to={backHref}>{t('portalPosts.post.back')}</Link>
      </p>
    </article>
  );
}
