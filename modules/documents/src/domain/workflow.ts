/**
 * The document workflows as data. Each table says, for a state and an action, the next state, the
 * permission the actor needs and (incoming) the QCVN 102 status code sent back to the issuer.
 * `transition()` is the one function that changes a state; use cases call it and store its result.
 */
import { AppError } from '@openprovince/platform';
import { DOCUMENT_PERMISSIONS, type DocumentPermission } from '../contracts/permissions.ts';

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

interface Step<S> {
  to: S;
  permission: DocumentPermission;
}

export const OUTGOING_FLOW: Readonly<
  Record<OutgoingState, Partial<Record<OutgoingAction, Step<OutgoingState>>>>
> = {
  draft: {
    edit: { to: 'draft', permission: DOCUMENT_PERMISSIONS.draft },
    submit: { to: 'in_review', permission: DOCUMENT_PERMISSIONS.draft },
    cancel: { to: 'cancelled', permission: DOCUMENT_PERMISSIONS.draft },
  },
  in_review: {
    return: { to: 'draft', permission: DOCUMENT_PERMISSIONS.sign },
    sign: { to: 'signed', permission: DOCUMENT_PERMISSIONS.sign },
    cancel: { to: 'cancelled', permission: DOCUMENT_PERMISSIONS.sign },
  },
  signed: {
    issue: { to: 'issued', permission: DOCUMENT_PERMISSIONS.issue },
    return: { to: 'draft', permission: DOCUMENT_PERMISSIONS.sign },
  },
  issued: {
    recall: { to: 'recalled', permission: DOCUMENT_PERMISSIONS.recall },
    replace: { to: 'replaced', permission: DOCUMENT_PERMISSIONS.issue },
  },
  recalled: {},
  replaced: {},
  cancelled: {},
};

export const INCOMING_FLOW: Readonly<
  Record<IncomingState, Partial<Record<IncomingAction, Step<IncomingState> & { status?: StatusCode }>>>
> = {
  arrived: {
    register: { to: 'registered', permission: DOCUMENT_PERMISSIONS.register, status: '03' },
    return: { to: 'returned', permission: DOCUMENT_PERMISSIONS.register, status: '02' },
    cancel: { to: 'cancelled', permission: DOCUMENT_PERMISSIONS.register, status: '15' },
  },
  registered: {
    present: { to: 'presented', permission: DOCUMENT_PERMISSIONS.register },
    direct: { to: 'assigned', permission: DOCUMENT_PERMISSIONS.direct, status: '04' },
    cancel: { to: 'cancelled', permission: DOCUMENT_PERMISSIONS.register, status: '15' },
  },
  presented: {
    direct: { to: 'assigned', permission: DOCUMENT_PERMISSIONS.direct, status: '04' },
    cancel: { to: 'cancelled', permission: DOCUMENT_PERMISSIONS.register, status: '15' },
  },
  assigned: {
    direct: { to: 'assigned', permission: DOCUMENT_PERMISSIONS.direct },
    start: { to: 'processing', permission: DOCUMENT_PERMISSIONS.process, status: '05' },
    finish: { to: 'finished', permission: DOCUMENT_PERMISSIONS.process, status: '06' },
    cancel: { to: 'cancelled', permission: DOCUMENT_PERMISSIONS.register, status: '15' },
  },
  processing: {
    finish: { to: 'finished', permission: DOCUMENT_PERMISSIONS.process, status: '06' },
    cancel: { to: 'cancelled', permission: DOCUMENT_PERMISSIONS.register, status: '15' },
  },
  finished: {},
  returned: {},
  cancelled: {},
};

export const OUTGOING_TERMINAL: readonly OutgoingState[] = OUTGOING_STATES.filter(
  (s) => Object.keys(OUTGOING_FLOW[s]).length === 0,
);
export const INCOMING_TERMINAL: readonly IncomingState[] = INCOMING_STATES.filter(
  (s) => Object.keys(INCOMING_FLOW[s]).length === 0,
);

export function outgoingStep(state: OutgoingState, action: OutgoingAction) {
  return OUTGOING_FLOW[state][action];
}
export function incomingStep(state: IncomingState, action: IncomingAction) {
  return INCOMING_FLOW[state][action];
}

/**
 * The one function that changes a state. Throws 403 when the actor's permissions do not include the
 * step's, 409 INVALID_STATE when the action does not exist in that state.
 */
export function transition<S extends string, A extends string>(input: {
  flow: Readonly<Record<S, Partial<Record<A, Step<S> & { status?: StatusCode }>>>>;
  state: S;
  action: A;
  permissions: ReadonlySet<string> | 'system';
}): { to: S; status?: StatusCode } {
  const step = input.flow[input.state][input.action];
  if (!step) {
    throw new AppError('INVALID_STATE', {
      detail: `Không thể "${input.action}" khi văn bản đang ở trạng thái "${input.state}"`,
      detailEn: `Cannot ${input.action} a document in state ${input.state}`,
    });
  }
  if (input.permissions !== 'system' && !input.permissions.has(step.permission)) {
    throw new AppError('FORBIDDEN');
  }
  return step.status ? { to: step.to, status: step.status } : { to: step.to };
}

/** Which actions an actor with these permissions may take on a document in this state (for the UI). */
export function allowedActions<S extends string, A extends string>(
  flow: Readonly<Record<S, Partial<Record<A, Step<S>>>>>,
  state: S,
  permissions: ReadonlySet<string>,
): A[] {
  return (Object.entries(flow[state]) as [A, Step<S>][])
    .filter(([, step]) => permissions.has(step.permission))
    .map(([a]) => a);
}
