import { and, type Db, desc, eq, inArray, sql } from '@openprovince/db';
import type { SQL } from 'drizzle-orm';
import { posts } from '../db/schema.ts';

export type PostRow = typeof posts.$inferSelect;
export type NewPostRow = typeof posts.$inferInsert;

export interface PostFilter {
  /** Words as `searchWords` gives them; every one must occur. */
  words?: string[];
  language?: string;
  site?: string;
  category?: string;
  agencyId?: string;
  status?: string;
  limit: number;
  offset: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(filter: Omit<PostFilter, 'limit' | 'offset'>): SQL | undefined {
  const c: SQL[] = [];
  for (const word of filter.words ?? []) c.push(sql`${posts.searchText} like ${`%${escapeLike(word)}%`}`);
  if (filter.language) c.push(eq(posts.language, filter.language));
  if (filter.site) c.push(eq(posts.site, filter.site));
  if (filter.category) c.push(eq(posts.category, filter.category));
  if (filter.agencyId) c.push(eq(posts.agencyId, filter.agencyId));
  if (filter.status) c.push(eq(posts.status, filter.status));
  return c.length ? and(...c) : undefined;
}

/** Newest first: published posts by publication, drafts (no date yet) by their last change. */
export async function searchPosts(db: Db, filter: PostFilter): Promise<{ items: PostRow[]; total: number }> {
  const where = conditions(filter);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(posts)
      .where(where)
      .orderBy(sql`coalesce(${posts.publishedAt}, ${posts.updatedAt}) desc`, desc(posts.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(posts).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findPostById(db: Db, id: string): Promise<PostRow | undefined> {
  const [row] = await db.select().from(posts).where(eq(posts.id, id));
  return row;
}

export async function insertPost(db: Db, row: NewPostRow): Promise<PostRow> {
  const [inserted] = await db.insert(posts).values(row).returning();
  return inserted!;
}

/** Optimistic concurrency: changes the row only if its stored version is `expectedVersion`. */
export async function updatePostIfVersion(
  db: Db,
  input: { id: string; expectedVersion: number; changes: Partial<NewPostRow>; now: Date },
): Promise<PostRow | undefined> {
  const [row] = await db
    .update(posts)
    .set({ ...input.changes, version: sql`${posts.version} + 1`, updatedAt: input.now })
    .where(and(eq(posts.id, input.id), eq(posts.version, input.expectedVersion)))
    .returning();
  return row;
}

/** Published posts by language whose first publication falls in [from, to) (instants). */
export async function countPublishedByLanguage(
  db: Db,
  input: { from: Date; to: Date; agencyIds?: readonly string[] },
): Promise<{ language: string; n: number }[]> {
  return db
    .select({ language: posts.language, n: sql<number>`count(*)::int` })
    .from(posts)
    .where(
      and(
        eq(posts.status, 'published'),
        sql`${posts.publishedAt} >= ${input.from.toISOString()}::timestamptz`,
        sql`${posts.publishedAt} < ${input.to.toISOString()}::timestamptz`,
        input.agencyIds ? inArray(posts.agencyId, [...input.agencyIds]) : undefined,
      ),
    )
    .groupBy(posts.language);
}

export async function countPosts(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(posts);
  return row?.n ?? 0;
}

/** Batch insert for the seed: chunks keep each statement well under PostgreSQL's parameter limit. */
export async function insertPostBatch(db: Db, rows: NewPostRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insert(posts).values(rows.slice(i, i + 200));
}
