import { Offset, type Static, Type } from '@openprovince/platform/schema';

export * from './permissions.ts';

/**
 * The national dossier status vocabulary (codes used by provincial one-stop systems when syncing with the
 * National Public Service Portal, Cổng Dịch vụ công quốc gia; see docs/domain.md §5.1), with the portal's
 * sync status names.
 */
export const NATIONAL_STATUSES = {
  0: { vi: 'Liên thông', en: 'Interconnected processing', sync: 'interoperating' },
  1: { vi: 'Mới đăng ký', en: 'Submitted online, awaiting acceptance', sync: 'receiving' },
  2: { vi: 'Được tiếp nhận', en: 'Accepted', sync: 'new' },
  3: { vi: 'Không được tiếp nhận', en: 'Refused', sync: 'denied' },
  4: { vi: 'Đang xử lý', en: 'In processing', sync: 'processing' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested', sync: 'waiting' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment requested', sync: 'paying' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant', sync: 'cancelled' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped', sync: 'unresolved' },
  9: { vi: 'Đã xử lý xong', en: 'Processed, result ready', sync: 'releasing' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned', sync: 'done' },
} as const satisfies Record<number, { vi: string; en: string; sync: string }>;
export type NationalStatus = keyof typeof NATIONAL_STATUSES;

export function isNationalStatus(value: unknown): value is NationalStatus {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}

/**
 * The message body as the local adapter records it — the shape of the national portal's dossier sync
 * ("DongBoHoSoMC") as used by provincial systems. Field names follow the portal's Vietnamese convention;
 * confirm them against the portal's current specification when a real adapter is written.
 */
export const NationalPortalPayloadSchema = Type.Object({
  service: Type.Literal('DongBoHoSoMC'),
  isUpdating: Type.Boolean(),
  data: Type.Array(
    Type.Object({
      MaHoSo: Type.String(),
      MaTTHC: Type.String(),
      MaCoQuan: Type.String(),
      TrangThaiHoSo: Type.String(),
      TenTrangThaiHoSo: Type.String(),
      TrangThaiDongBo: Type.String(),
      /** yyyyMMddHHmmss in Asia/Ho_Chi_Minh. */
      NgayCapNhat: Type.String(),
      SoThuTuCapNhat: Type.Integer(),
    }),
  ),
});
export type TNationalPortalPayload = Static<typeof NationalPortalPayloadSchema>;

export const OutboundMessageSchema = Type.Object({
  id: Type.Integer(),
  target: Type.String(),
  dossierCode: Type.String(),
  sequence: Type.Integer(),
  nationalStatus: Type.Integer(),
  payload: NationalPortalPayloadSchema,
  createdAt: Type.String({ format: 'date-time' }),
});
export type TOutboundMessage = Static<typeof OutboundMessageSchema>;

export const OutboundMessageListSchema = Type.Object({
  items: Type.Array(OutboundMessageSchema),
  total: Type.Integer(),
});

export const OutboundMessageQuerySchema = Type.Object({
  dossierCode: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Offset),
});
