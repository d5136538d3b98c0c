import type { RoleGrants } from '@openprovince/platform/schema';

export const DOCUMENT_PERMISSIONS = {
  /** Read the documents (outgoing, incoming, registers) of one's own agency. */
  read: 'documents:read',
  /** Draft outgoing documents and send them for review (chuyên viên). */
  draft: 'documents:draft',
  /** Approve, return and digitally sign outgoing documents (lãnh đạo; KT./TUQ.). */
  sign: 'documents:sign',
  /** Record a directive on an incoming document (ý kiến chỉ đạo). */
  direct: 'documents:direct',
  /** Follow an assigned incoming document up to completion (đơn vị chủ trì). */
  process: 'documents:process',
  /** Give numbers and symbols, apply the organisation signature and issue (văn thư). */
  issue: 'documents:issue',
  /** Register incoming documents, present them, return them to the sender (văn thư). */
  register: 'documents:register',
  /** Recall an issued document (văn thư). */
  recall: 'documents:recall',
  /** Open registers, void numbers, print registers, keep the file list (văn thư). */
  manageRegisters: 'documents:registers',
  /** See the statistics of one's agency. */
  stats: 'documents:stats',
  /** See the statistics of any agency and of the whole province (the annual report's figures). */
  statsAll: 'documents:stats-all',
} as const;

export type DocumentPermission = (typeof DOCUMENT_PERMISSIONS)[keyof typeof DOCUMENT_PERMISSIONS];

const P = DOCUMENT_PERMISSIONS;
export const DOCUMENT_GRANTS = {
  specialist: [P.read, P.draft, P.process],
  leader: [P.read, P.sign, P.direct, P.process, P.stats],
  clerk: [P.read, P.issue, P.register, P.recall, P.manageRegisters, P.stats],
  auditor: [P.read, P.stats, P.statsAll],
  system_admin: [P.statsAll],
} as const satisfies RoleGrants;
