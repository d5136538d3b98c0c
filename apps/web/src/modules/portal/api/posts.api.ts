import { api, unwrap } from '../../../api/client.ts';
import type { paths } from '../../../api/openapi';
import type { QueryOf, RequestBodyOf, ResponseOf } from '../../../api/types.ts';

type Created<P extends keyof paths> = paths[P] extends {
  post: { responses: { 201: { content: { 'application/json': infer B } } } };
}
  ? B
  : never;

export type Post = ResponseOf<'/api/portal/posts/{id}', 'get'>;
export type PostPage = ResponseOf<'/api/portal/posts', 'get'>;
export type PostSummary = PostPage['items'][number];
export type PublicPostQuery = QueryOf<'/api/portal/posts', 'get'>;
export type EditorPostQuery = QueryOf<'/api/portal/editor/posts', 'get'>;
export type CreatePostBody = RequestBodyOf<'/api/portal/editor/posts', 'post'>;
export type UpdatePostBody = RequestBodyOf<'/api/portal/editor/posts/{id}', 'patch'>;
export type PostLanguage = Post['language'];
export type PostSite = Post['site'];
export type PostCategory = Post['category'];
export type PostStatus = Post['status'];

/** Every value the API accepts, in display order; the checks fail to compile if the API adds one. */
export const POST_LANGUAGES = ['vi', 'km'] as const satisfies readonly PostLanguage[];
export const POST_SITES = ['province', 'component'] as const satisfies readonly PostSite[];
export const POST_CATEGORIES = [
  'news',
  'announcement',
  'culture',
  'health',
  'economy',
  'administration',
] as const satisfies readonly PostCategory[];
export const POST_STATUSES = ['draft', 'published', 'unpublished'] as const satisfies readonly PostStatus[];
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const allLanguages: Missing<PostLanguage, (typeof POST_LANGUAGES)[number]> = true;
const allSites: Missing<PostSite, (typeof POST_SITES)[number]> = true;
const allCategories: Missing<PostCategory, (typeof POST_CATEGORIES)[number]> = true;
const allStatuses: Missing<PostStatus, (typeof POST_STATUSES)[number]> = true;
void allLanguages;
void allSites;
void allCategories;
void allStatuses;

/** If-Match carries the version the editor saw: a concurrent change answers 412 instead of being lost. */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function listPublishedPosts(query: PublicPostQuery, signal?: AbortSignal): Promise<PostPage> {
  return unwrap(api.GET('/api/portal/posts', { params: { query }, signal }));
}

export function fetchPublishedPost(id: string, signal?: AbortSignal): Promise<Post> {
  return unwrap(api.GET('/api/portal/posts/{id}', { params: { path: { id } }, signal }));
}

export function listEditorPosts(query: EditorPostQuery, signal?: AbortSignal): Promise<PostPage> {
  return unwrap(api.GET('/api/portal/editor/posts', { params: { query }, signal }));
}

export function fetchEditorPost(id: string, signal?: AbortSignal): Promise<Post> {
  return unwrap(api.GET('/api/portal/editor/posts/{id}', { params: { path: { id } }, signal }));
}

export function createPost(body: CreatePostBody): Promise<Post> {
  return unwrap(api.POST('/api/portal/editor/posts', { body })) as Promise<
    Created<'/api/portal/editor/posts'>
  >;
}

export function updatePost(post: Post, body: UpdatePostBody): Promise<Post> {
  return unwrap(
    api.PATCH('/api/portal/editor/posts/{id}', {
      params: { path: { id: post.id } },
      headers: ifMatch(post.version),
      body,
    }),
  );
}

export function publishPost(post: Post): Promise<Post> {
  return unwrap(
    api.POST('/api/portal/editor/posts/{id}/publish', {
      params: { path: { id: post.id } },
      headers: ifMatch(post.version),
    }),
  );
}

export function unpublishPost(post: Post): Promise<Post> {
  return unwrap(
    api.POST('/api/portal/editor/posts/{id}/unpublish', {
      params: { path: { id: post.id } },
      headers: ifMatch(post.version),
    }),
  );
}
