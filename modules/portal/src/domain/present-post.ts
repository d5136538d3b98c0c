import type { TPost, TPostSummary } from '../contracts/index.ts';
import type { PostRow } from '../repositories/post.repository.ts';

export function presentSummary(row: PostRow): TPostSummary {
  return {
    id: row.id,
    site: row.site as TPost['site'],
    language: row.language as TPost['language'],
    title: row.title,
    summary: row.summary,
    category: row.category as TPost['category'],
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    status: row.status as TPost['status'],
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    version: row.version,
  };
}

export function presentPost(row: PostRow): TPost {
  return { ...presentSummary(row), body: row.body, updatedAt: row.updatedAt.toISOString() };
}
