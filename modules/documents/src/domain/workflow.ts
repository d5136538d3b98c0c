/**
 * The document workflows as data, declared with the platform's workflow kit: for every action, the
 * states it starts from, where it leads, who may take it. `writeOutgoingState` / `writeIncomingState`
 * (use-cases/shared/) are the only functions that change a document's state; they decide with these
 * tables and apply the effects below, typed as one entry per action so a new action cannot forget its
 * effect. The views' `allowedActions` come from the same tables.
 */
import type { Actor } from '@openprovince/platform';
import { defineWorkflow, type Performer, type WorkflowEffects } from '@openprovince/platform/workflow';
import { DOCUMENT_PERMISSIONS } from '../contracts/permissions.ts';

export const OUTGOING_STATES = [
  'draft', // dự thảo
  'in_review', // trình ký
  'signed', // lãnh đạo đã ký số
  'issued', // đã cấp số, ký số cơ quan, phát hành
  'recalled', // đã thu hồi (terminal)
  'replaced', // đã được thay thế bằng văn bản khác (terminal)
  'cancelled', // hủy dự thảo (terminal)
] as const;
export type OutgoingState = (typeof OUTGOING_STATES)[number];

export const OUTGOING_ACTIONS = [
  'edit',
  'submit',
  'return',
  'sign',
  'issue',
  'recall',
  'replace',
  'cancel',
] as const;
export type OutgoingAction = (typeof OUTGOING_ACTIONS)[number];

export const INCOMING_STATES = [
  'arrived', // đã đến (chưa vào sổ)
  'registered', // đã vào sổ văn bản đến
  'presented', // đã trình lãnh đạo
  'assigned', // đã có ý kiến chỉ đạo (phân công)
  'processing', // đơn vị chủ trì đang xử lý
  'finished', // hoàn thành (terminal)
  'returned', // trả lại nơi gửi (terminal)
  'cancelled', // hủy do nơi gửi thu hồi (terminal)
] as const;
export type IncomingState = (typeof INCOMING_STATES)[number];

export const INCOMING_ACTIONS = [
  'register',
  'present',
  'direct',
  'start',
  'finish',
  'return',
  'cancel',
] as const;
export type IncomingAction = (typeof INCOMING_ACTIONS)[number];

/** QCVN 102:2016 status codes (edXML Status/StatusCode). */
export const STATUS_CODES = {
  '01': { vi: 'Đã đến', en: 'Arrived' },
  '02': { vi: 'Từ chối tiếp nhận', en: 'Rejected' },
  '03': { vi: 'Đã tiếp nhận (vào sổ)', en: 'Accepted (registered)' },
  '04': { vi: 'Đã phân công', en: 'Assigned' },
  '05': { vi: 'Đang xử lý', en: 'Processing' },
  '06': { vi: 'Hoàn thành', en: 'Finished' },
  '13': { vi: 'Yêu cầu thu hồi', en: 'Recall requested' },
  '15': { vi: 'Đồng ý thu hồi / cập nhật', en: 'Recall or update accepted' },
  '16': { vi: 'Từ chối thu hồi / cập nhật', en: 'Recall or update refused' },
} as const;
export type StatusCode = keyof typeof STATUS_CODES;
export const STATUS_CODE_LIST = Object.keys(STATUS_CODES) as StatusCode[];

const P = DOCUMENT_PERMISSIONS;

/**
 * Scopes of the document tables. `home`: the official works in the agency holding the document (checked by
 * the agency policies before the workflow is asked). `stage`: the official holds the permission of the
 * document's current stage — a draft is cancelled by its drafters, a document under review by the
 * leaders reviewing it (one action, two performers; see `outgoingPerformer`).
 */
export type DocumentScope = 'home' | 'stage';

export const outgoingWorkflow = defineWorkflow<
  OutgoingState,
  OutgoingAction | 'create',
  string,
  DocumentScope
>({
  subject: { vi: 'văn bản', en: 'document' },
  states: {
    draft: { vi: 'Dự thảo', en: 'Draft' },
    in_review: { vi: 'Trình ký', en: 'In review' },
    signed: { vi: 'Đã ký số', en: 'Signed' },
    issued: { vi: 'Đã phát hành', en: 'Issued' },
    recalled: { vi: 'Đã thu hồi', en: 'Recalled', terminal: true },
    replaced: { vi: 'Đã được thay thế', en: 'Replaced', terminal: true },
    cancelled: { vi: 'Đã hủy', en: 'Cancelled', terminal: true },
  },
  transitions: {
    create: {
      from: [],
      to: 'draft',
      by: { permissions: [P.draft] },
      label: { vi: 'Soạn dự thảo', en: 'Draft' },
    },
    edit: {
      from: ['draft'],
      to: 'same',
      by: { permissions: [P.draft] },
      label: { vi: 'Sửa dự thảo', en: 'Edit' },
    },
    submit: {
      from: ['draft'],
      to: 'in_review',
      by: { permissions: [P.draft] },
      label: { vi: 'Trình ký', en: 'Submit for signing' },
    },
    return: {
      from: ['in_review', 'signed'],
      to: 'draft',
      by: { permissions: [P.sign] },
      label: { vi: 'Trả lại dự thảo', en: 'Return to the drafter' },
    },
    sign: {
      from: ['in_review'],
      to: 'signed',
      by: { permissions: [P.sign] },
      label: { vi: 'Ký số', en: 'Sign' },
    },
    issue: {
      from: ['signed'],
      to: 'issued',
      by: { permissions: [P.issue] },
      label: { vi: 'Cấp số và phát hành', en: 'Number and issue' },
      basis: 'Nghị định 30/2020/NĐ-CP, Điều 15–16',
    },
    recall: {
      from: ['issued'],
      to: 'recalled',
      by: { permissions: [P.recall] },
      label: { vi: 'Thu hồi', en: 'Recall' },
    },
    replace: {
      from: ['issued'],
      to: 'replaced',
      by: { permissions: [P.issue] },
      label: { vi: 'Thay thế', en: 'Replace' },
    },
    cancel: {
      from: ['draft', 'in_review'],
      to: 'cancelled',
      by: { permissions: [P.draft, P.sign], scope: 'stage' },
      label: { vi: 'Hủy dự thảo', en: 'Cancel' },
    },
  },
});

export const incomingWorkflow = defineWorkflow<
  IncomingState,
  IncomingAction | 'receive',
  string,
  DocumentScope
>({
  subject: { vi: 'văn bản đến', en: 'incoming document' },
  states: {
    arrived: { vi: 'Đã đến', en: 'Arrived' },
    registered: { vi: 'Đã vào sổ', en: 'Registered' },
    presented: { vi: 'Đã trình lãnh đạo', en: 'Presented' },
    assigned: { vi: 'Đã phân công', en: 'Assigned' },
    processing: { vi: 'Đang xử lý', en: 'Processing' },
    finished: { vi: 'Hoàn thành', en: 'Finished', terminal: true },
    returned: { vi: 'Đã trả lại nơi gửi', en: 'Returned', terminal: true },
    cancelled: { vi: 'Đã hủy (nơi gửi thu hồi)', en: 'Cancelled (recalled)', terminal: true },
  },
  transitions: {
    // A document arrives from another agency's issue, an edXML file or the clerk's manual entry.
    receive: {
      from: [],
      to: 'arrived',
      by: { permissions: [P.register, P.issue], system: true },
      label: { vi: 'Tiếp nhận', en: 'Receive' },
    },
    register: {
      from: ['arrived'],
      to: 'registered',
      by: { permissions: [P.register] },
      label: { vi: 'Vào sổ', en: 'Register' },
    },
    present: {
      from: ['registered'],
      to: 'presented',
      by: { permissions: [P.register] },
      label: { vi: 'Trình lãnh đạo', en: 'Present' },
    },
    direct: {
      from: ['registered', 'presented', 'assigned'],
      to: 'assigned',
      by: { permissions: [P.direct] },
      label: { vi: 'Cho ý kiến chỉ đạo', en: 'Direct' },
    },
    start: {
      from: ['assigned'],
      to: 'processing',
      by: { permissions: [P.process] },
      label: { vi: 'Bắt đầu xử lý', en: 'Start' },
    },
    finish: {
      from: ['assigned', 'processing'],
      to: 'finished',
      by: { permissions: [P.process] },
      label: { vi: 'Hoàn thành', en: 'Finish' },
    },
    return: {
      from: ['arrived'],
      to: 'returned',
      by: { permissions: [P.register] },
      label: { vi: 'Trả lại nơi gửi', en: 'Return to the sender' },
    },
    // The sender's recall cancels the copy (the platform acts: a recall on the platform or an edXML 13).
    cancel: {
      from: ['arrived', 'registered', 'presented', 'assigned', 'processing'],
      to: 'cancelled',
      by: { permissions: [P.register], system: true },
      label: { vi: 'Hủy do nơi gửi thu hồi', en: 'Cancel (recalled)' },
    },
  },
});

/** The stage permission of an outgoing document in each state (the `stage` scope). */
const STAGE_PERMISSION: Partial<Record<OutgoingState, string>> = { draft: P.draft, in_review: P.sign };

/** The performer of an outgoing action on a document in `state`. */
export function outgoingPerformer(actor: Actor, state: OutgoingState): Performer<DocumentScope> {
  return {
    actor,
    inScope: (scope) => {
      if (scope !== 'stage') return true;
      const needed = STAGE_PERMISSION[state];
      return actor.kind === 'official' && needed !== undefined && actor.permissions.has(needed);
    },
  };
}

/** The performer of an incoming action (agency scoping is the policies' work). */
export function incomingPerformer(actor: Actor): Performer<DocumentScope> {
  return { actor };
}

/** Actions the actor may take now on an outgoing document (the view's `allowedActions`: officials' buttons). */
export function outgoingActionsFor(state: OutgoingState, actor: Actor): OutgoingAction[] {
  if (actor.kind !== 'official') return [];
  return outgoingWorkflow
    .availableActions(state, outgoingPerformer(actor, state))
    .filter((a): a is OutgoingAction => a !== 'create');
}

/** Actions the actor may take now on an incoming document. */
export function incomingActionsFor(state: IncomingState, actor: Actor): IncomingAction[] {
  if (actor.kind !== 'official') return [];
  return incomingWorkflow
    .availableActions(state, incomingPerformer(actor))
    .filter((a): a is IncomingAction => a !== 'receive');
}

/** Columns an outgoing action always changes besides the state (the use case adds its own data). */
export interface OutgoingEffectColumns {
  signedAt?: Date | null;
  signerId?: string | null;
  signatures?: [];
  recalledAt?: Date;
}

/** Effect of each outgoing step on the row, given the time of the step. */
export const OUTGOING_EFFECTS: WorkflowEffects<
  { actions: readonly OutgoingAction[] },
  (at: { now: Date }) => OutgoingEffectColumns
> = {
  edit: () => ({}),
  submit: () => ({}),
  // A document returned after signing loses the signature: it must be signed again.
  return: () => ({ signedAt: null, signerId: null, signatures: [] }),
  sign: () => ({}),
  issue: () => ({}),
  recall: ({ now }) => ({ recalledAt: now }),
  replace: () => ({}),
  cancel: () => ({}),
};

export interface IncomingEffect {
  /** The QCVN 102 status code sent back to the issuer, if any (direct: only the first direction). */
  status(from: IncomingState): StatusCode | undefined;
  /** Columns the step always changes besides the state. */
  columns?(at: { now: Date }): { cancelledAt?: Date };
}

export const INCOMING_EFFECTS: WorkflowEffects<{ actions: readonly IncomingAction[] }, IncomingEffect> = {
  register: { status: () => '03' },
  present: { status: () => undefined },
  direct: { status: (from) => (from === 'assigned' ? undefined : '04') },
  start: { status: () => '05' },
  finish: { status: () => '06' },
  return: { status: () => '02' },
  cancel: { status: () => '15', columns: ({ now }) => ({ cancelledAt: now }) },
};

export const OUTGOING_TERMINAL = outgoingWorkflow.terminal;
export const INCOMING_TERMINAL = incomingWorkflow.terminal;

/** Whether the sender's recall can still cancel a copy in this state (otherwise it answers 16). */
export function recallCancels(state: IncomingState): boolean {
  return incomingWorkflow.actionsFrom(state).includes('cancel');
}
