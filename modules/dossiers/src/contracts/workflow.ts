/**
 * The dossier lifecycle as data (Decree 61/2018/NĐ-CP; national states of domain.md §5.1), declared with
 * the platform's workflow kit. Browser-safe: the server decides with it (domain/workflow.ts adds the
 * internal steps) and the dossier response lists the actions it allows, so buttons and answers agree.
 *
 *   submit → submitted ─accept→ accepted ─forward→ processing ⇄ supplement_requested
 *            submitted ─refuse→ refused          processing → payment_requested → processing
 *   receive (counter) → accepted                 processing ─process/approve (last step)→ processed ─return→ returned
 *                                                processing ─send_back→ processing (the previous step again)
 *                                                processing ─stop→ stopped
 *   any state before processed ─withdraw→ withdrawn
 *
 * Scopes: `home` is the receiving agency; `step` the agency that owns the current internal step (an
 * inter-agency, liên thông, procedure hands a step to another agency).
 */
import { type ActionOf, defineWorkflow } from '@openprovince/platform/workflow';
import { DOSSIER_PERMISSIONS as P } from './permissions.ts';
import { OPEN_STATES, STATE_INFO } from './states.ts';

const state = (s: keyof typeof STATE_INFO, terminal?: true) => ({
  vi: STATE_INFO[s].vi,
  en: STATE_INFO[s].en,
  ...(terminal ? { terminal } : {}),
});

export const dossierWorkflow = defineWorkflow({
  subject: { vi: 'hồ sơ', en: 'dossier' },
  states: {
    submitted: state('submitted'),
    accepted: state('accepted'),
    refused: state('refused', true),
    processing: state('processing'),
    supplement_requested: state('supplement_requested'),
    payment_requested: state('payment_requested'),
    withdrawn: state('withdrawn', true),
    stopped: state('stopped', true),
    processed: state('processed'),
    returned: state('returned', true),
  },
  transitions: {
    submit: {
      from: [],
      to: 'submitted',
      by: { owner: true },
      label: { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit online' },
      basis: 'NĐ 45/2020 Điều 3(2); NĐ 61/2018 Điều 19',
    },
    receive: {
      from: [],
      to: 'accepted',
      by: { permissions: [P.receive] },
      label: { vi: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa', en: 'Receive at the one-stop counter' },
      basis: 'NĐ 61/2018 Điều 19(2)(c): tiếp nhận và cấp phiếu hẹn',
    },
    accept: {
      from: ['submitted'],
      to: 'accepted',
      by: { permissions: [P.accept] },
      label: { vi: 'Tiếp nhận hồ sơ trực tuyến', en: 'Accept an online dossier' },
      basis: 'NĐ 61/2018 Điều 19(2)(c); phiếu hẹn trả kết quả',
    },
    refuse: {
      from: ['submitted'],
      to: 'refused',
      by: { permissions: [P.refuse] },
      noteRequired: true,
      label: { vi: 'Từ chối tiếp nhận', en: 'Refuse' },
      basis: 'NĐ 61/2018 Điều 19(2)(a); mẫu Phiếu từ chối tiếp nhận (TT 01/2018)',
    },
    forward: {
      from: ['accepted'],
      to: 'processing',
      by: { permissions: [P.accept] },
      label: { vi: 'Chuyển hồ sơ đến bộ phận giải quyết', en: 'Forward for processing' },
      basis: 'NĐ 61/2018 Điều 20',
    },
    request_supplement: {
      from: ['processing'],
      to: 'supplement_requested',
      by: { permissions: [P.requestSupplement] },
      noteRequired: true,
      label: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Request a supplement' },
      basis: 'NĐ 61/2018 Điều 19(2)(b): hướng dẫn một lần, bằng văn bản',
    },
    resubmit: {
      from: ['supplement_requested'],
      to: 'processing',
      by: { permissions: [P.receive], owner: true },
      label: { vi: 'Nộp bổ sung hồ sơ', en: 'Hand in the supplement' },
      basis: 'NĐ 61/2018: thời gian chờ bổ sung không tính vào thời hạn giải quyết',
    },
    request_payment: {
      from: ['processing'],
      to: 'payment_requested',
      by: { permissions: [P.process] },
      label: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Request payment' },
      basis: 'NĐ 61/2018 Điều 21',
    },
    payment_received: {
      from: ['payment_requested'],
      to: 'processing',
      by: { permissions: [P.receive], system: true },
      label: { vi: 'Đã thực hiện nghĩa vụ tài chính', en: 'Payment received' },
      basis: 'NĐ 61/2018 Điều 21; NĐ 45/2020 (thanh toán trực tuyến)',
    },
    // process and approve complete the current internal step: the next step (still processing) or,
    // after the last one, processed. Which one is the step's business (domain/workflow.ts).
    process: {
      from: ['processing'],
      to: ['processing', 'processed'],
      by: { permissions: [P.process], scope: 'step' },
      label: { vi: 'Hoàn thành bước xử lý chuyên môn', en: 'Complete a specialist step' },
      basis: 'NĐ 61/2018 Điều 20; phiếu kiểm soát quá trình giải quyết',
    },
    approve: {
      from: ['processing'],
      to: ['processing', 'processed'],
      by: { permissions: [P.approve], scope: 'step' },
      label: { vi: 'Lãnh đạo phê duyệt', en: 'Leader approves' },
      basis: 'NĐ 61/2018 Điều 20',
    },
    send_back: {
      from: ['processing'],
      to: 'processing',
      by: { permissions: [P.process, P.approve], scope: 'step' },
      noteRequired: true,
      label: { vi: 'Trả lại bước trước để xử lý lại', en: 'Send back to the previous step for rework' },
      basis: 'NĐ 61/2018 Điều 20; phiếu kiểm soát quá trình giải quyết (ý kiến của người trả lại)',
    },
    stop: {
      from: ['processing'],
      to: 'stopped',
      by: { permissions: [P.approve] },
      noteRequired: true,
      label: { vi: 'Dừng giải quyết hồ sơ', en: 'Stop processing' },
      basis: 'TT 01/2018: mẫu Thông báo dừng giải quyết',
    },
    return: {
      from: ['processed'],
      to: 'returned',
      by: { permissions: [P.return] },
      label: { vi: 'Trả kết quả', en: 'Return the result' },
      basis: 'NĐ 61/2018 Điều 22',
    },
    withdraw: {
      from: OPEN_STATES,
      to: 'withdrawn',
      by: { permissions: [P.receive], owner: true },
      noteRequired: true,
      label: { vi: 'Rút hồ sơ theo yêu cầu của người nộp', en: 'Withdraw at the applicant’s request' },
      basis: 'NĐ 61/2018; trạng thái quốc gia 7',
    },
    apologise: {
      from: ['accepted', 'processing', 'supplement_requested', 'payment_requested'],
      to: 'same',
      by: { permissions: [P.process, P.approve] },
      noteRequired: true,
      label: { vi: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology slip and new return date' },
      basis: 'NĐ 61/2018 Điều 19(2)(c)(đ): chậm nhất 01 ngày trước hạn; hẹn lại không quá một lần',
    },
  },
});

export type DossierAction = ActionOf<typeof dossierWorkflow>;
/** Who owns an action: the receiving agency, or the agency of the current internal step. */
export type DossierScope = 'home' | 'step';
export const DOSSIER_ACTIONS: readonly DossierAction[] = dossierWorkflow.actions;
