/**
 * A post's life on the portal, declared with the platform's workflow kit: written as a draft, published,
 * taken down (kept, unpublished, for the record) and published again. Browser-safe.
 */
import { type ActionOf, defineWorkflow } from '@openprovince/platform/workflow';

/** The same permission names as PORTAL_PERMISSIONS (contracts/index.ts), without its server imports. */
const EDITORS = ['portal:edit', 'portal:edit-all'] as const;

export const postWorkflow = defineWorkflow({
  subject: { vi: 'tin, bài', en: 'post' },
  states: {
    draft: { vi: 'Bản nháp', en: 'Draft' },
    published: { vi: 'Đã đăng', en: 'Published' },
    unpublished: { vi: 'Đã gỡ', en: 'Taken down' },
  },
  transitions: {
    write: { from: [], to: 'draft', by: { permissions: EDITORS }, label: { vi: 'Viết bài', en: 'Write' } },
    publish: {
      from: ['draft', 'unpublished'],
      to: 'published',
      by: { permissions: EDITORS },
      label: { vi: 'Đăng bài', en: 'Publish' },
    },
    unpublish: {
      from: ['published'],
      to: 'unpublished',
      by: { permissions: EDITORS },
      label: { vi: 'Gỡ bài', en: 'Take down' },
    },
  },
});

export type PostAction = ActionOf<typeof postWorkflow>;
