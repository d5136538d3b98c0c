import { AppError, type FieldError } from './app-error.ts';

/** The members of an ajv error object that the translation reads (Fastify passes ajv's errors on). */
export interface SchemaValidationError {
  keyword: string;
  instancePath?: string;
  schemaPath?: string;
  params?: Record<string, unknown>;
  message?: string;
}

/** The part of the request that failed: Fastify's `validationContext`. */
export type RequestPart = 'body' | 'querystring' | 'params' | 'headers';

/**
 * Labels of field names that mean the same thing in every module. A schema's own `title` wins; a field
 * with neither is called "Trường này" (this field), which reads well next to the field in a form.
 */
const COMMON_FIELD_LABELS: Record<string, { vi: string; en: string }> = {
  password: { vi: 'Mật khẩu', en: 'The password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'The new password' },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'The current password' },
  totp: { vi: 'Mã xác thực', en: 'The one-time code' },
  username: { vi: 'Tên đăng nhập', en: 'The username' },
  fullName: { vi: 'Họ và tên', en: 'The full name' },
  email: { vi: 'Thư điện tử', en: 'The e-mail address' },
  phone: { vi: 'Số điện thoại', en: 'The phone number' },
  personalId: { vi: 'Số định danh cá nhân', en: 'The personal ID number' },
  agencyId: { vi: 'Cơ quan', en: 'The agency' },
  position: { vi: 'Chức vụ', en: 'The position' },
  reason: { vi: 'Lý do', en: 'The reason' },
  note: { vi: 'Ghi chú', en: 'The note' },
  validFrom: { vi: 'Ngày bắt đầu hiệu lực', en: 'The start date' },
  validTo: { vi: 'Ngày hết hiệu lực', en: 'The end date' },
  from: { vi: 'Từ ngày', en: 'The start date' },
  to: { vi: 'Đến ngày', en: 'The end date' },
  year: { vi: 'Năm', en: 'The year' },
  id: { vi: 'Mã định danh', en: 'The identifier' },
};

const FORMATS: Record<string, { vi: string; en: string }> = {
  email: { vi: 'phải là địa chỉ thư điện tử hợp lệ', en: 'must be a valid e-mail address' },
  uuid: { vi: 'không hợp lệ (cần mã định danh dạng UUID)', en: 'must be an identifier (UUID)' },
  date: { vi: 'phải là ngày hợp lệ (yyyy-mm-dd)', en: 'must be a valid date (yyyy-mm-dd)' },
  'date-time': {
    vi: 'phải là thời điểm hợp lệ (ISO 8601)',
    en: 'must be a valid date and time (ISO 8601)',
  },
  time: { vi: 'phải là giờ hợp lệ (HH:mm:ss)', en: 'must be a valid time (HH:mm:ss)' },
  uri: { vi: 'phải là địa chỉ web (URL) hợp lệ', en: 'must be a valid URL' },
  'uri-reference': { vi: 'phải là địa chỉ web (URL) hợp lệ', en: 'must be a valid URL' },
  hostname: { vi: 'phải là tên máy chủ hợp lệ', en: 'must be a valid host name' },
  ipv4: { vi: 'phải là địa chỉ IPv4 hợp lệ', en: 'must be a valid IPv4 address' },
  ipv6: { vi: 'phải là địa chỉ IPv6 hợp lệ', en: 'must be a valid IPv6 address' },
  regex: { vi: 'phải là biểu thức chính quy hợp lệ', en: 'must be a valid regular expression' },
};

const TYPES: Record<string, { vi: string; en: string }> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  integer: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'giá trị đúng/sai', en: 'true or false' },
  array: { vi: 'danh sách', en: 'a list' },
  object: { vi: 'đối tượng', en: 'an object' },
  null: { vi: 'để trống (null)', en: 'null' },
};

/** Which error of a field speaks to a person best: the most specific one. */
const PRIORITY = [
  'required',
  'additionalProperties',
  'minLength',
  'maxLength',
  'format',
  'pattern',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'enum',
  'const',
  'type',
];
const COMBINATORS = new Set(['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else']);

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === 'object';
}

function resolve(root: unknown, segments: string[]): Schema | undefined {
  let node: unknown = root;
  for (const raw of segments) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isSchema(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return isSchema(node) ? node : undefined;
}

/** The schema of the field an error is about: the keyword and any anyOf/oneOf branch are stepped over. */
function fieldSchemaOf(root: unknown, error: SchemaValidationError): Schema | undefined {
  const segments = (error.schemaPath ?? '').replace(/^#\/?/, '').split('/').filter(Boolean);
  segments.pop();
  while (segments.length >= 2 && /^(anyOf|oneOf|allOf)$/.test(segments.at(-2) ?? '')) segments.splice(-2);
  const node = resolve(root, segments);
  const missing = missingName(error);
  if (missing === undefined) return node;
  const properties = node?.properties;
  return isSchema(properties) && isSchema(properties[missing]) ? (properties[missing] as Schema) : undefined;
}

function missingName(error: SchemaValidationError): string | undefined {
  const p = error.params ?? {};
  if (error.keyword === 'required' || error.keyword === 'dependentRequired')
    return String(p.missingProperty ?? '');
  if (error.keyword === 'additionalProperties') return String(p.additionalProperty ?? '');
  return undefined;
}

function pointerOf(error: SchemaValidationError): string {
  const base = error.instancePath ?? '';
  const missing = missingName(error);
  return missing === undefined ? base : `${base}/${missing.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
}

interface Subject {
  vi: string;
  en: string;
  /** The schema's first `examples` entry, shown after a format message: "(ví dụ: VP)". */
  example?: string;
}

function subjectOf(pointer: string, schema: Schema | undefined): Subject {
  if (pointer === '') return { vi: 'Dữ liệu gửi lên', en: 'The request data' };
  const example = Array.isArray(schema?.examples) ? schema.examples[0] : undefined;
  const withExample = (subject: Subject): Subject =>
    typeof example === 'string' ? { ...subject, example } : subject;
  const title = typeof schema?.title === 'string' ? schema.title : undefined;
  const name = pointer.split('/').at(-1) ?? '';
  const common = Object.hasOwn(COMMON_FIELD_LABELS, name) ? COMMON_FIELD_LABELS[name] : undefined;
  if (title) return withExample({ vi: title, en: common?.en ?? `The field "${name}"` });
  return withExample(common ?? { vi: 'Trường này', en: 'This field' });
}

function limitOf(error: SchemaValidationError): number {
  return Number(error.params?.limit ?? error.params?.multipleOf ?? 0);
}

function sentence(errors: SchemaValidationError[], subject: Subject): { vi: string; en: string } {
  const error = errors[0]!;
  const s = subject;
  const n = limitOf(error);
  const vn = viNumber.format(n);
  const en = enNumber.format(n);
  switch (error.keyword) {
    case 'required':
      return { vi: `${s.vi} không được để trống`, en: `${s.en} is required` };
    case 'additionalProperties': {
      const name = String(error.params?.additionalProperty ?? '');
      return { vi: `Không nhận trường ${quote(name)}`, en: `"${name}" is not an accepted field` };
    }
    case 'minLength':
      return n <= 1
        ? { vi: `${s.vi} không được để trống`, en: `${s.en} must not be empty` }
        : { vi: `${s.vi} phải có ít nhất ${vn} ký tự`, en: `${s.en} must have at least ${en} characters` };
    case 'maxLength':
      return {
        vi: `${s.vi} không được dài quá ${vn} ký tự`,
        en: `${s.en} must have at most ${en} characters`,
      };
    case 'pattern':
      return s.example
        ? {
            vi: `${s.vi} không đúng định dạng (ví dụ: ${s.example})`,
            en: `${s.en} is not in the expected format (e.g. ${s.example})`,
          }
        : { vi: `${s.vi} không đúng định dạng`, en: `${s.en} is not in the expected format` };
    case 'format': {
      const format = String(error.params?.format ?? '');
      const f = FORMATS[format] ?? {
        vi: `không đúng định dạng ${format}`,
        en: `must match the format "${format}"`,
      };
      return { vi: `${s.vi} ${f.vi}`, en: `${s.en} ${f.en}` };
    }
    case 'minimum':
      return { vi: `${s.vi} phải lớn hơn hoặc bằng ${vn}`, en: `${s.en} must be at least ${en}` };
    case 'exclusiveMinimum':
      return { vi: `${s.vi} phải lớn hơn ${vn}`, en: `${s.en} must be greater than ${en}` };
    case 'maximum':
      return { vi: `${s.vi} phải nhỏ hơn hoặc bằng ${vn}`, en: `${s.en} must be at most ${en}` };
    case 'exclusiveMaximum':
      return { vi: `${s.vi} phải nhỏ hơn ${vn}`, en: `${s.en} must be less than ${en}` };
    case 'multipleOf':
      return { vi: `${s.vi} phải là bội số của ${vn}`, en: `${s.en} must be a multiple of ${en}` };
    case 'minItems':
      return n <= 1
        ? { vi: `${s.vi} cần ít nhất một mục`, en: `${s.en} needs at least one item` }
        : { vi: `${s.vi} cần ít nhất ${vn} mục`, en: `${s.en} needs at least ${en} items` };
    case 'maxItems':
      return { vi: `${s.vi} không được quá ${vn} mục`, en: `${s.en} must have at most ${en} items` };
    case 'uniqueItems':
      return { vi: `${s.vi} có các mục trùng nhau`, en: `${s.en} has duplicate items` };
    case 'minProperties':
      return n <= 1
        ? { vi: `${s.vi} cần ít nhất một trường`, en: `${s.en} needs at least one field` }
        : { vi: `${s.vi} cần ít nhất ${vn} trường`, en: `${s.en} needs at least ${en} fields` };
    case 'maxProperties':
      return { vi: `${s.vi} không được quá ${vn} trường`, en: `${s.en} must have at most ${en} fields` };
    case 'enum':
    case 'const': {
      const allowed = errors
        .filter((e) => e.keyword === 'enum' || e.keyword === 'const')
        .flatMap((e) =>
          e.keyword === 'enum' ? ((e.params?.allowedValues as unknown[]) ?? []) : [e.params?.allowedValue],
        );
      const shown = allowed.slice(0, 12).map(quote).join(', ') + (allowed.length > 12 ? ', …' : '');
      return {
        vi: `${s.vi} phải là một trong các giá trị: ${shown}`,
        en: `${s.en} must be one of: ${shown}`,
      };
    }
    case 'type': {
      const named = [
        ...new Set(
          errors.filter((e) => e.keyword === 'type').flatMap((e) => String(e.params?.type).split(',')),
        ),
      ];
      const meaningful = named.length > 1 ? named.filter((t) => t !== 'null') : named;
      const names = meaningful.map((t) => TYPES[t] ?? { vi: t, en: t });
      return {
        vi: `${s.vi} phải là ${names.map((t) => t.vi).join(' hoặc ')}`,
        en: `${s.en} must be ${names.map((t) => t.en).join(' or ')}`,
      };
    }
    default:
      return { vi: `${s.vi} không hợp lệ`, en: `${s.en} is invalid` };
  }
}

/** The errors of one field in the order a person should read them, the most specific first. */
function rank(errors: SchemaValidationError[]): SchemaValidationError[] {
  const plain = errors.filter((e) => !COMBINATORS.has(e.keyword));
  if (!plain.length) return errors;
  // A value of the wrong type outside any branch is the whole story (a number where text is expected).
  const direct = plain.find((e) => e.keyword === 'type' && !/\/(anyOf|oneOf)\//.test(e.schemaPath ?? ''));
  if (direct) return [direct];
  // "must be null" from the null branch of a nullable field says nothing useful when another branch spoke.
  const informative = plain.filter((e) => !(e.keyword === 'type' && e.params?.type === 'null'));
  const pool = informative.length ? informative : plain;
  const order = (e: SchemaValidationError) => {
    const i = PRIORITY.indexOf(e.keyword);
    return i === -1 ? PRIORITY.length : i;
  };
  return [...pool].sort((a, b) => order(a) - order(b));
}

/**
 * Turns the errors of JSON-schema validation into one field error per field, in Vietnamese and English,
 * naming the field by the schema's `title` (or a common label) when there is one.
 */
export function fieldErrorsFromSchemaValidation(input: {
  errors: readonly SchemaValidationError[];
  part: RequestPart;
  /** The schema the part was validated against (the route's), for the fields' titles. */
  schema?: unknown;
}): FieldError[] {
  const byField = new Map<string, SchemaValidationError[]>();
  for (const error of input.errors) {
    const pointer = pointerOf(error);
    byField.set(pointer, [...(byField.get(pointer) ?? []), error]);
  }
  return [...byField].map(([pointer, errors]) => {
    const ranked = rank(errors);
    const chosen = ranked[0]!;
    const subject = subjectOf(pointer, fieldSchemaOf(input.schema, chosen));
    const text = sentence(
      chosen.keyword === 'enum' || chosen.keyword === 'const' || chosen.keyword === 'type'
        ? ranked
        : [chosen],
      subject,
    );
    return { path: `/${input.part}${pointer}`, message: text.vi, messageEn: text.en };
  });
}

/** The 400 answer for a request that its route's schema refused. */
export function schemaValidationFailed(input: {
  errors: readonly SchemaValidationError[];
  part: RequestPart;
  schema?: unknown;
}): AppError {
  return AppError.forFields(fieldErrorsFromSchemaValidation(input));
}
