import { type Static, type TSchema, Type } from '@openprovince/platform/schema';

export * from './permissions.ts';

/** The provincial portal (Cổng thông tin điện tử tỉnh) or the author agency's component site (trang thành phần). */
export const POST_SITES = ['province', 'component'] as const;
export type PostSite = (typeof POST_SITES)[number];

/** Vietnamese, or Khmer for the province's Khmer community (the report counts both). */
export const POST_LANGUAGES = ['vi', 'km'] as const;
export type PostLanguage = (typeof POST_LANGUAGES)[number];

export const POST_STATUSES = ['draft', 'published', 'unpublished'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** Categories of the portal's news (chuyên mục). */
export const POST_CATEGORIES = [
  'news', // tin tức – sự kiện
  'announcement', // thông báo
  'culture', // văn hóa – xã hội, lễ hội
  'health', // y tế, phòng chống dịch
  'economy', // kinh tế
  'administration', // cải cách hành chính
] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/**
 * The body is Markdown-like plain text: paragraphs separated by a blank line, `## ` for a sub-heading. It is
 * never HTML, so the page renders it as text nodes (nothing to sanitise away); ZWSP (U+200B), which Khmer
 * editors type to mark word breaks, is kept.
 */
const Body = Type.String({ minLength: 1, maxLength: 50_000 });
const Title = Type.String({ minLength: 1, maxLength: 300 });
const Summary = Type.String({ maxLength: 1000 });

export const PostSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    site: Type.Enum(POST_SITES),
    language: Type.Enum(POST_LANGUAGES),
    title: Type.String(),
    summary: Type.String(),
    body: Type.String(),
    category: Type.Enum(POST_CATEGORIES),
    agencyId: Type.String({ format: 'uuid' }),
    agencyName: Type.String(),
    status: Type.Enum(POST_STATUSES),
    publishedAt: Nullable(Type.String({ format: 'date-time' })),
    updatedAt: Type.String({ format: 'date-time' }),
    version: Type.Integer(),
  },
  { $id: 'PortalPost' },
);
export type TPost = Static<typeof PostSchema>;

export const PostSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  site: Type.Enum(POST_SITES),
  language: Type.Enum(POST_LANGUAGES),
  title: Type.String(),
  summary: Type.String(),
  category: Type.Enum(POST_CATEGORIES),
  agencyId: Type.String({ format: 'uuid' }),
  agencyName: Type.String(),
  status: Type.Enum(POST_STATUSES),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
  version: Type.Integer(),
});
export type TPostSummary = Static<typeof PostSummarySchema>;

export const PostPage = Type.Object({
  items: Type.Array(PostSummarySchema),
  total: Type.Integer(),
});

export const PublicPostQuery = Type.Object({
  /** Vietnamese without accents is fine; Khmer is split into words (Intl.Segmenter) like the stored text. */
  q: Type.Optional(Type.String({ maxLength: 200 })),
  language: Type.Optional(Type.Enum(POST_LANGUAGES)),
  site: Type.Optional(Type.Enum(POST_SITES)),
  category: Type.Optional(Type.Enum(POST_CATEGORIES)),
  agencyId: Type.Optional(Type.String({ format: 'uuid' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
});
export type TPublicPostQuery = Static<typeof PublicPostQuery>;

export const EditorPostQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  language: Type.Optional(Type.Enum(POST_LANGUAGES)),
  status: Type.Optional(Type.Enum(POST_STATUSES)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
});
export type TEditorPostQuery = Static<typeof EditorPostQuery>;

export const CreatePostBody = Type.Object(
  {
    site: Type.Enum(POST_SITES),
    language: Type.Enum(POST_LANGUAGES),
    title: Title,
    summary: Type.Optional(Summary),
    body: Body,
    category: Type.Enum(POST_CATEGORIES),
    /** The author agency; defaults to the editor's own. Only the editorial board may name another. */
    agencyId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type TCreatePostBody = Static<typeof CreatePostBody>;

export const UpdatePostBody = Type.Object(
  {
    site: Type.Optional(Type.Enum(POST_SITES)),
    language: Type.Optional(Type.Enum(POST_LANGUAGES)),
    title: Type.Optional(Title),
    summary: Type.Optional(Summary),
    body: Type.Optional(Body),
    category: Type.Optional(Type.Enum(POST_CATEGORIES)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type TUpdatePostBody = Static<typeof UpdatePostBody>;

export const PostStatsQuery = Type.Object({
  /** First day (YYYY-MM-DD, Vietnam time), inclusive. */
  from: Type.String({ format: 'date' }),
  /** Last day, inclusive. */
  to: Type.String({ format: 'date' }),
});
export type TPostStatsQuery = Static<typeof PostStatsQuery>;

export const PostStatsSchema = Type.Object({
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  /** Posts published in the period, by language ("324 tin, bài tiếng Việt, 138 tin, bài tiếng Khmer"). */
  byLanguage: Type.Object({ vi: Type.Integer(), km: Type.Integer() }),
  total: Type.Integer(),
});
export type TPostStats = Static<typeof PostStatsSchema>;
