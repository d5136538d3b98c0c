import '../khmer.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { formatDate } from '../../../ui/format.ts';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { listPublishedPosts, POST_LANGUAGES, type PostLanguage } from '../api/posts.api.ts';

const PAGE = 10;
const isPostLanguage = (v: string | null): v is PostLanguage =>
  v !== null && (POST_LANGUAGES as readonly string[]).includes(v);

/**
 * The portal's news, newest first, in one language at a time (Tiếng Việt / ភាសាខ្មែរ), with a search box
 * (accent-free in Vietnamese; Khmer words found without spaces). Every Khmer title and summary carries
 * lang="km", so the Khmer font and line breaking apply and screen readers switch voice (WCAG 3.1.2).
 * Language, query and page live in the address, so Back and shared links keep them.
 */
export function NewsList({ postHref }: { postHref: (id: string) => string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('lang');
  const language: PostLanguage = isPostLanguage(raw) ? raw : 'vi';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [text, setText] = useState(q);
  const result = useApiQuery(`${language}|${q}|${page}`, (signal) =>
    listPublishedPosts(
      { language, ...(q.trim() ? { q: q.trim() } : {}), limit: PAGE, offset: (page - 1) * PAGE },
      signal,
    ),
  );
  const href = (next: { lang?: PostLanguage; q?: string; page?: number }) => {
    const p = new URLSearchParams();
    p.set('lang', next.lang ?? language);
    const query = next.q ?? q;
    if (query) p.set('q', query);
    if (next.page && next.page > 1) p.set('page', String(next.page));
    return `?${p.toString()}`;
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams({ lang: language });
    if (text.trim()) next.set('q', text.trim());
    setParams(next);
  }

  const total = result.data?.total ?? 0;
  const pages = Math.ceil(total / PAGE);
  return (
    <section aria-labelledby="news-list-heading" className="op-search">
      <nav aria-label={t('portalPosts.list.languages')}>
        <ul className="op-news-languages" data-testid="news-languages">
          {POST_LANGUAGES.map((l) => (
            <li key={l}>
              <Link
                to={href({ lang: l, q: '' })}
                lang={l}
                aria-current={l === language ? 'page' : undefined}
                data-testid={`news-language-${l}`}
                onClick={() => setText('')}
              >
                {t(`portalPosts.languages.${l}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not in React's JSX types yet; the role gives the landmark. */}
      <form role="search" onSubmit={submit} className="op-search-form">
        <label htmlFor="news-q" className="op-field-label">
          {t('portalPosts.list.searchLabel')}
        </label>
        <p id="news-q-hint" className="op-hint">
          {t('portalPosts.list.searchHint')}
        </p>
        <div className="op-search-row">
          <input
            id="news-q"
            name="q"
            type="search"
            className="op-input op-search-input"
            value={text}
            lang={language}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="news-q-hint"
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="op-button op-button-primary" data-testid="news-search-submit">
            {t('common.search')}
          </button>
        </div>
      </form>
      <h2 id="news-list-heading">{t(`portalPosts.list.heading.${language}`)}</h2>
      {result.problem ? <ProblemAlert problem={result.problem} /> : null}
      {result.isLoading && !result.data ? <Loading /> : null}
      {result.data ? (
        <>
          <p className="op-result-count" aria-live="polite" data-testid="news-count">
            {q
              ? t('portalPosts.list.countFor', { count: total, q })
              : t('portalPosts.list.count', { count: total })}
          </p>
          <ol className="op-result-list" data-testid="news-results">
            {result.data.items.map((p) => (
              <li key={p.id} className="op-result">
                <Link to={postHref(p.id)} className="op-result-title" lang={p.language}>
                  {p.title}
                </Link>
                {p.summary ? (
                  <p lang={p.language} className="op-news-summary">
                    {p.summary}
                  </p>
                ) : null}
                <p className="op-result-meta">
                  <span>{t('portalPosts.publishedOn', { date: formatDate(p.publishedAt) })}</span>
                  <span lang="vi">{p.agencyName}</span>
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 ? (
            <nav aria-label={t('portalPosts.list.pages')} className="op-pager">
              {page > 1 ? (
                <Link to={href({ page: page - 1 })} className="op-button">
                  {t('portalPosts.list.previous')}
                </Link>
              ) : null}
              <span>{t('portalPosts.list.page', { page, pages })}</span>
              {page < pages ? (
                <Link to={href({ page: page + 1 })} className="op-button" data-testid="news-next">
                  {t('portalPosts.list.next')}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
