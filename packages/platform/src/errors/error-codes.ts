/**
 * The closed set of error codes of OpenProvince. Every error a client can see has one of these codes;
 * the HTTP status and the Vietnamese/English titles are decided here and nowhere else.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  MALFORMED_REQUEST: { status: 400, vi: 'Yêu cầu không đúng định dạng', en: 'The request is malformed' },
  IDEMPOTENCY_KEY_REQUIRED: {
    status: 400,
    vi: 'Thiếu khóa chống gửi trùng (Idempotency-Key)',
    en: 'An Idempotency-Key header is required',
  },
  UNAUTHENTICATED: { status: 401, vi: 'Vui lòng đăng nhập', en: 'Authentication is required' },
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'The username or password is incorrect',
  },
  /** A signed-in person confirming an act (signing, issuing) with their password typed it wrong. */
  PASSWORD_INCORRECT: {
    status: 401,
    vi: 'Mật khẩu không đúng',
    en: 'The password is incorrect',
  },
  SECOND_FACTOR_REQUIRED: {
    status: 401,
    vi: 'Cần nhập mã xác thực hai lớp (TOTP)',
    en: 'A one-time code (TOTP) is required',
  },
  SECOND_FACTOR_INVALID: {
    status: 401,
    vi: 'Mã xác thực hai lớp không đúng',
    en: 'The one-time code is incorrect',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này',
    en: 'You may not perform this action',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy dữ liệu', en: 'The resource was not found' },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy địa chỉ yêu cầu', en: 'No such route' },
  METHOD_NOT_ALLOWED: { status: 405, vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  CONFLICT: {
    status: 409,
    vi: 'Dữ liệu bị trùng hoặc xung đột',
    en: 'The data conflicts with existing data',
  },
  INVALID_STATE: {
    status: 409,
    vi: 'Thao tác không hợp lệ ở trạng thái hiện tại',
    en: 'The action is not allowed in the current state',
  },
  VERSION_MISMATCH: {
    status: 412,
    vi: 'Dữ liệu đã bị người khác thay đổi, vui lòng tải lại',
    en: 'The resource was changed by someone else; reload it',
  },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Kiểu nội dung không được hỗ trợ',
    en: 'The content type is not supported',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    vi: 'Khóa chống gửi trùng đã được dùng cho một yêu cầu khác',
    en: 'The Idempotency-Key was already used for a different request',
  },
  BUSINESS_RULE_VIOLATED: {
    status: 422,
    vi: 'Yêu cầu vi phạm quy định nghiệp vụ',
    en: 'The request breaks a business rule',
  },
  VERSION_REQUIRED: {
    status: 428,
    vi: 'Thiếu phiên bản dữ liệu (If-Match)',
    en: 'An If-Match header with the resource version is required',
  },
  REQUEST_TIMEOUT: {
    status: 408,
    vi: 'Yêu cầu gửi lên quá chậm, kết nối đã đóng',
    en: 'The request took too long to arrive',
  },
  URI_TOO_LONG: { status: 414, vi: 'Địa chỉ yêu cầu quá dài', en: 'The request address is too long' },
  HEADERS_TOO_LARGE: {
    status: 431,
    vi: 'Phần đầu (header) của yêu cầu quá lớn',
    en: 'The request headers are too large',
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
    en: 'Too many requests; try again later',
  },
  LOGIN_THROTTLED: {
    status: 429,
    vi: 'Đăng nhập sai nhiều lần, vui lòng chờ rồi thử lại',
    en: 'Too many failed log-ins; wait and try again',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    vi: 'Hệ thống tạm thời không sẵn sàng',
    en: 'The service is temporarily unavailable',
  },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error; try again later' },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function statusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}
