import type { TFormField, TFormSchema } from '../contracts/index.ts';

export interface FormError {
  path: string;
  /** Vietnamese. */
  message: string;
  messageEn: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

/**
 * Checks an e-form definition an administrator saves: the TypeBox schema already fixed its shape, this
 * checks what it cannot (required names exist, bounds are ordered, patterns compile, enums are strings).
 */
export function checkFormDefinition(schema: TFormSchema, path: string): FormError[] {
  const errors: FormError[] = [];
  const names = Object.keys(schema.properties);
  if (names.length === 0)
    errors.push({
      path: `${path}/properties`,
      message: 'Biểu mẫu không có trường nào',
      messageEn: 'The form has no field',
    });
  for (const name of schema.required ?? []) {
    if (!names.includes(name)) {
      errors.push({
        path: `${path}/required`,
        message: `Trường bắt buộc "${name}" không có trong biểu mẫu`,
        messageEn: `Required field "${name}" is not in the form`,
      });
    }
  }
  for (const [name, field] of Object.entries(schema.properties)) {
    const at = `${path}/properties/${name}`;
    if (field.format === 'date' && field.type !== 'string') {
      errors.push({
        path: `${at}/format`,
        message: 'Trường ngày phải có type "string"',
        messageEn: 'A date field has the type "string"',
      });
    }
    if (field.enum && field.type !== 'string') {
      errors.push({
        path: `${at}/enum`,
        message: 'Danh sách chọn chỉ dùng cho chuỗi',
        messageEn: 'A list of choices applies to strings only',
      });
    }
    if (field.pattern !== undefined && !safeRegExp(field.pattern)) {
      errors.push({ path: `${at}/pattern`, message: 'Biểu thức không hợp lệ', messageEn: 'Invalid pattern' });
    }
    if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
      errors.push({
        path: `${at}/minLength`,
        message: 'minLength lớn hơn maxLength',
        messageEn: 'minLength is above maxLength',
      });
    }
    if (field.minimum !== undefined && field.maximum !== undefined && field.minimum > field.maximum) {
      errors.push({
        path: `${at}/minimum`,
        message: 'minimum lớn hơn maximum',
        messageEn: 'minimum is above maximum',
      });
    }
  }
  return errors;
}

function checkValue(field: TFormField, value: unknown, at: string): FormError | undefined {
  const fail = (vi: string, en: string) => ({ path: at, message: vi, messageEn: en });
  switch (field.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : fail('Phải là có/không', 'must be true or false');
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('Phải là số', 'must be a number');
      if (field.type === 'integer' && !Number.isInteger(value))
        return fail('Phải là số nguyên', 'must be an integer');
      if (field.minimum !== undefined && value < field.minimum) {
        return fail(`Không được nhỏ hơn ${field.minimum}`, `must be at least ${field.minimum}`);
      }
      if (field.maximum !== undefined && value > field.maximum) {
        return fail(`Không được lớn hơn ${field.maximum}`, `must be at most ${field.maximum}`);
      }
      return undefined;
    }
    case 'string': {
      if (typeof value !== 'string') return fail('Phải là chuỗi ký tự', 'must be text');
      const text = value.normalize('NFC');
      if (field.format === 'date') {
        if (!isRealDate(text)) return fail('Ngày không hợp lệ (YYYY-MM-DD)', 'not a valid date (YYYY-MM-DD)');
        return undefined;
      }
      if (field.enum && !field.enum.includes(text)) {
        return fail(`Phải là một trong: ${field.enum.join(', ')}`, 'not one of the allowed values');
      }
      const length = [...text].length;
      if (field.minLength !== undefined && length < field.minLength) {
        return fail(`Tối thiểu ${field.minLength} ký tự`, `at least ${field.minLength} characters`);
      }
      if (field.maxLength !== undefined && length > field.maxLength) {
        return fail(`Tối đa ${field.maxLength} ký tự`, `at most ${field.maxLength} characters`);
      }
      if (field.pattern !== undefined) {
        const re = safeRegExp(field.pattern);
        if (re && !re.test(text)) return fail('Không đúng định dạng', 'does not match the expected format');
      }
      return undefined;
    }
  }
}

/**
 * Validates one component's answers against its e-form. Empty strings count as missing (a citizen who
 * clears a field has not answered it); unknown fields are refused so a typo does not pass silently.
 */
export function validateAnswers(
  schema: TFormSchema,
  answers: Record<string, unknown>,
  path: string,
): FormError[] {
  const errors: FormError[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, field] of Object.entries(schema.properties)) {
    const value = answers[name];
    const missing =
      value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (missing) {
      if (required.has(name)) {
        errors.push({
          path: `${path}/${name}`,
          message: `Chưa nhập "${field.title}"`,
          messageEn: `"${field.title}" is required`,
        });
      }
      continue;
    }
    const problem = checkValue(field, value, `${path}/${name}`);
    if (problem) errors.push(problem);
  }
  for (const name of Object.keys(answers)) {
    if (!(name in schema.properties)) {
      errors.push({
        path: `${path}/${name}`,
        message: 'Trường không có trong biểu mẫu',
        messageEn: 'The form has no such field',
      });
    }
  }
  return errors;
}
