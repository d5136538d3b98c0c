/**
 * The ten national dossier states (the national public-service portal's vocabulary, domain.md §5.1) with
 * their numbers, which the national-portal sync job carries.
 */
export const DOSSIER_STATES = [
  'submitted',
  'accepted',
  'refused',
  'processing',
  'supplement_requested',
  'payment_requested',
  'withdrawn',
  'stopped',
  'processed',
  'returned',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const STATE_INFO: Record<DossierState, { national: number; vi: string; en: string }> = {
  submitted: { national: 1, vi: 'Mới đăng ký', en: 'New (submitted online)' },
  accepted: { national: 2, vi: 'Được tiếp nhận', en: 'Accepted' },
  refused: { national: 3, vi: 'Không được tiếp nhận', en: 'Refused' },
  processing: { national: 4, vi: 'Đang xử lý', en: 'Processing' },
  supplement_requested: { national: 5, vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  payment_requested: {
    national: 6,
    vi: 'Yêu cầu thực hiện nghĩa vụ tài chính',
    en: 'Payment requested',
  },
  withdrawn: { national: 7, vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant' },
  stopped: { national: 8, vi: 'Dừng xử lý', en: 'Processing stopped' },
  processed: { national: 9, vi: 'Đã xử lý xong', en: 'Processed, result ready' },
  returned: { national: 10, vi: 'Đã trả kết quả', en: 'Result returned' },
};

export const CHANNELS = ['direct', 'online', 'postal'] as const;
export type Channel = (typeof CHANNELS)[number];

/** States in which the agency's clock runs (the supplement wait does not count, Decree 61/2018). */
export const CLOCK_RUNNING_STATES: readonly DossierState[] = ['accepted', 'processing', 'payment_requested'];

/** States before "processed": the applicant may still withdraw; an apology may still be due. */
export const OPEN_STATES: readonly DossierState[] = [
  'submitted',
  'accepted',
  'processing',
  'supplement_requested',
  'payment_requested',
];
