/**
 * The certificate request and the certificate lifecycles as data (platform workflow kit). The agency
 * scope (an officer handles their own agency; others do not see it) is the `canManagePki` policy's work,
 * checked before the table is asked; the table answers which state an action starts from and leads to.
 * `writeCertificateState` / `writeRequestState` (use-cases/shared/lifecycle.ts) are the only writers.
 */
import type { Actor } from '@openprovince/platform';
import { defineWorkflow, type Performer, type WorkflowEffects } from '@openprovince/platform/workflow';
import {
  type CertificateStatus,
  PKI_PERMISSIONS,
  type RequestStatus,
  type RevocationReason,
} from '../contracts/index.ts';

const OFFICERS = { permissions: [PKI_PERMISSIONS.manage, PKI_PERMISSIONS.manageAll], system: true } as const;

export const requestWorkflow = defineWorkflow<
  RequestStatus,
  'request' | 'renew' | 'approve' | 'reject' | 'issue'
>({
  subject: { vi: 'yêu cầu cấp chứng thư số', en: 'certificate request' },
  states: {
    pending: { vi: 'Chờ phê duyệt', en: 'Pending' },
    approved: { vi: 'Đã phê duyệt', en: 'Approved' },
    rejected: { vi: 'Bị từ chối', en: 'Rejected', terminal: true },
    issued: { vi: 'Đã cấp', en: 'Issued', terminal: true },
  },
  transitions: {
    request: { from: [], to: 'pending', by: OFFICERS, label: { vi: 'Lập yêu cầu', en: 'Request' } },
    // A renewal is decided by the officer who renews: its request is approved when it is made.
    renew: { from: [], to: 'approved', by: OFFICERS, label: { vi: 'Gia hạn', en: 'Renew' } },
    approve: { from: ['pending'], to: 'approved', by: OFFICERS, label: { vi: 'Phê duyệt', en: 'Approve' } },
    reject: { from: ['pending'], to: 'rejected', by: OFFICERS, label: { vi: 'Từ chối', en: 'Reject' } },
    issue: { from: ['approved'], to: 'issued', by: OFFICERS, label: { vi: 'Cấp chứng thư số', en: 'Issue' } },
  },
});

export const certificateWorkflow = defineWorkflow<
  CertificateStatus,
  'issue' | 'suspend' | 'resume' | 'revoke' | 'supersede'
>({
  subject: { vi: 'chứng thư số', en: 'certificate' },
  states: {
    active: { vi: 'Đang hoạt động', en: 'Active' },
    suspended: { vi: 'Tạm dừng', en: 'Suspended' },
    revoked: { vi: 'Đã thu hồi', en: 'Revoked', terminal: true },
  },
  transitions: {
    issue: { from: [], to: 'active', by: OFFICERS, label: { vi: 'Cấp', en: 'Issue' } },
    suspend: { from: ['active'], to: 'suspended', by: OFFICERS, label: { vi: 'Tạm dừng', en: 'Suspend' } },
    resume: { from: ['suspended'], to: 'active', by: OFFICERS, label: { vi: 'Khôi phục', en: 'Resume' } },
    revoke: {
      from: ['active', 'suspended'],
      to: 'revoked',
      by: OFFICERS,
      label: { vi: 'Thu hồi', en: 'Revoke' },
    },
    // Renewal: the old certificate is revoked as superseded when the new one is issued.
    supersede: {
      from: ['active', 'suspended'],
      to: 'revoked',
      by: OFFICERS,
      label: { vi: 'Gia hạn', en: 'Renew' },
    },
  },
});

export type RequestAction = 'approve' | 'reject' | 'issue';
export type CertificateAction = 'suspend' | 'resume' | 'revoke' | 'supersede';

export const performer = (actor: Actor): Performer => ({ actor });

/** Columns each certificate step changes besides the status. */
export const CERTIFICATE_EFFECTS: WorkflowEffects<
  { actions: readonly CertificateAction[] },
  (at: { now: Date; reason?: RevocationReason }) => {
    suspendedAt?: Date | null;
    revokedAt?: Date;
    revocationReason?: RevocationReason;
  }
> = {
  suspend: ({ now }) => ({ suspendedAt: now }),
  resume: () => ({ suspendedAt: null }),
  revoke: ({ now, reason }) => ({ revokedAt: now, revocationReason: reason!, suspendedAt: null }),
  supersede: ({ now }) => ({ revokedAt: now, revocationReason: 'superseded', suspendedAt: null }),
};

/** Columns each request step changes besides the status (the decision's author comes from the use case). */
export const REQUEST_EFFECTS: WorkflowEffects<
  { actions: readonly RequestAction[] },
  (at: { now: Date }) => { decidedAt?: Date }
> = {
  approve: ({ now }) => ({ decidedAt: now }),
  reject: ({ now }) => ({ decidedAt: now }),
  issue: () => ({}),
};
