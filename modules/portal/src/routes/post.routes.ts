import {
  errorResponses,
  etagOf,
  type HttpApp,
  IdParams,
  parseIfMatch,
  type RequestContext,
} from '@openprovince/platform';
import {
  CreatePostBody,
  EditorPostQuery,
  PORTAL_PERMISSIONS,
  PostPage,
  PostSchema,
  PostStatsQuery,
  PostStatsSchema,
  PublicPostQuery,
  UpdatePostBody,
} from '../contracts/index.ts';
import type { PortalDeps } from '../deps.ts';
import { createPost } from '../use-cases/create-post.ts';
import { getPost } from '../use-cases/get-post.ts';
import { getPublishedPost } from '../use-cases/get-published-post.ts';
import { listEditorPosts } from '../use-cases/list-editor-posts.ts';
import { listPublishedPosts } from '../use-cases/list-published-posts.ts';
import { postStatistics } from '../use-cases/post-statistics.ts';
import { setPostStatus } from '../use-cases/set-post-status.ts';
import { updatePost } from '../use-cases/update-post.ts';

const tags = ['portal'];
const edit = { anyPermission: [PORTAL_PERMISSIONS.edit, PORTAL_PERMISSIONS.editAll] } as const;
const contextOf = (request: { actor: RequestContext['actor']; id: string; ip: string }): RequestContext => ({
  actor: request.actor,
  requestId: request.id,
  ip: request.ip,
});
const versioned = errorResponses;

export function portalRoutes(deps: PortalDeps) {
  const { db } = deps;
  return async function register(app: HttpApp): Promise<void> {
    app.get(
      '/api/portal/posts',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'Tin, bài đã đăng trên Cổng thông tin (tiếng Việt, tiếng Khmer) / Published portal news (Vietnamese, Khmer)',
          querystring: PublicPostQuery,
          response: { 200: PostPage, ...errorResponses },
        },
      },
      async (request) => listPublishedPosts(db, contextOf(request), request.query),
    );

    app.get(
      '/api/portal/posts/stats',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Số tin, bài đã đăng theo ngôn ngữ và kỳ / Published posts by language and period',
          querystring: PostStatsQuery,
          response: { 200: PostStatsSchema, ...errorResponses },
        },
      },
      async (request) => postStatistics(db, contextOf(request), request.query),
    );

    app.get(
      '/api/portal/posts/:id',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Đọc một tin, bài đã đăng / Read a published post',
          params: IdParams,
          response: { 200: PostSchema, ...errorResponses },
        },
      },
      async (request) => getPublishedPost(db, contextOf(request), { id: request.params.id }),
    );

    app.get(
      '/api/portal/editor/posts',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Tin, bài của cơ quan, kể cả bản nháp / The agency’s posts, drafts included',
          querystring: EditorPostQuery,
          response: { 200: PostPage, ...errorResponses },
        },
      },
      async (request) => listEditorPosts(db, contextOf(request), request.query),
    );

    app.post(
      '/api/portal/editor/posts',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Viết tin, bài mới (bản nháp) / Write a new post (draft)',
          body: CreatePostBody,
          response: { 201: PostSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const post = await createPost(db, contextOf(request), request.body);
        return reply.code(201).header('etag', etagOf(post.version)).send(post);
      },
    );

    app.get(
      '/api/portal/editor/posts/:id',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Một tin, bài để biên tập / One post for editing',
          params: IdParams,
          response: { 200: PostSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const post = await getPost(db, contextOf(request), { id: request.params.id });
        reply.header('etag', etagOf(post.version));
        return post;
      },
    );

    app.patch(
      '/api/portal/editor/posts/:id',
      {
        config: { access: edit },
        schema: {
          tags,
          summary: 'Sửa tin, bài (cần If-Match) / Edit a post (If-Match)',
          params: IdParams,
          body: UpdatePostBody,
          response: { 200: PostSchema, ...versioned },
        },
      },
      async (request, reply) => {
        const post = await updatePost(deps, contextOf(request), {
          id: request.params.id,
          expectedVersion: parseIfMatch(request.headers['if-match']),
          changes: request.body,
        });
        reply.header('etag', etagOf(post.version));
        return post;
      },
    );

    for (const action of ['publish', 'unpublish'] as const) {
      app.post(
        `/api/portal/editor/posts/:id/${action}`,
        {
          config: { access: edit },
          schema: {
            tags,
            summary:
              action === 'publish'
                ? 'Đăng tin, bài lên cổng (cần If-Match) / Publish a post (If-Match)'
                : 'Gỡ tin, bài khỏi cổng (cần If-Match) / Take a post down (If-Match)',
            params: IdParams,
            response: { 200: PostSchema, ...versioned },
          },
        },
        async (request, reply) => {
          const post = await setPostStatus(deps, contextOf(request), {
            id: request.params.id,
            expectedVersion: parseIfMatch(request.headers['if-match']),
            action,
          });
          reply.header('etag', etagOf(post.version));
          return post;
        },
      );
    }
  };
}
