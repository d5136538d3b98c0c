import type { ResponseOf } from '../../../api/types.ts';

/**
 * The online application as a sequence of one-question pages (GOV.UK "one thing per page"): every field of
 * every e-form component becomes a question; then the applicant's contact details; then "check your
 * answers". Pure, so it is unit-tested.
 */
export type ProcedureForm = Pick<ResponseOf<'/api/procedures/{idOrCode}', 'get'>, 'id' | 'components'>;
type FormProperty = NonNullable<ProcedureForm['components'][number]['formSchema']>['properties'][string];

export type QuestionKind = 'text' | 'date' | 'number' | 'integer' | 'boolean' | 'choice';

/** Contact details the applicant page asks, which an e-form may ask again. */
export type ApplicantLink = 'phone' | 'email';

export interface Question {
  /** `<componentKey>.<property>`, also the step in the address. */
  id: string;
  /**
   * Set when the e-form asks again what the applicant page asks (the phone, the e-mail): the question is
   * not a page of its own, its answer is the applicant's, so a person types the phone once.
   */
  linkedTo?: ApplicantLink;
  componentKey: string;
  componentName: string;
  property: string;
  title: string;
  kind: QuestionKind;
  required: boolean;
  options: readonly string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

export const APPLICANT_STEP = 'applicant';
export const ATTACHMENTS_STEP = 'attachments';
export const CHECK_STEP = 'check';

function kindOf(p: FormProperty): QuestionKind {
  if (p.enum?.length) return 'choice';
  if (p.type === 'string' && p.format === 'date') return 'date';
  if (p.type === 'string') return 'text';
  return p.type;
}

/** E-form properties that are the applicant's contact details (the names the catalogue's forms use). */
const APPLICANT_LINKS: Readonly<Record<string, ApplicantLink>> = {
  soDienThoai: 'phone',
  dienThoai: 'phone',
  soDienThoaiLienHe: 'phone',
  email: 'email',
  thuDienTu: 'email',
};

/** E-form properties the citizen account already knows. */
const ACCOUNT_LINKS: Readonly<Record<string, 'fullName' | 'personalId'>> = {
  hoTen: 'fullName',
  hoVaTen: 'fullName',
  soDinhDanh: 'personalId',
  soDinhDanhCaNhan: 'personalId',
  soCccd: 'personalId',
  soCCCD: 'personalId',
};

export function buildQuestions(procedure: ProcedureForm): Question[] {
  const out: Question[] = [];
  for (const c of procedure.components) {
    if (!c.formSchema) continue;
    const required = new Set(c.formSchema.required ?? []);
    for (const [property, p] of Object.entries(c.formSchema.properties)) {
      const link = APPLICANT_LINKS[property];
      out.push({
        id: `${c.key}.${property}`,
        ...(link && p.type === 'string' ? { linkedTo: link } : {}),
        componentKey: c.key,
        componentName: c.name,
        property,
        title: p.title,
        kind: kindOf(p),
        required: required.has(property),
        options: p.enum ?? (p.type === 'boolean' ? ['true', 'false'] : []),
        ...(p.pattern !== undefined ? { pattern: p.pattern } : {}),
        ...(p.minLength !== undefined ? { minLength: p.minLength } : {}),
        ...(p.maxLength !== undefined ? { maxLength: p.maxLength } : {}),
        ...(p.minimum !== undefined ? { minimum: p.minimum } : {}),
        ...(p.maximum !== undefined ? { maximum: p.maximum } : {}),
      });
    }
  }
  return out;
}

/** The questions that are pages of their own (the linked ones are answered on the applicant page). */
export const askedQuestions = (questions: readonly Question[]) => questions.filter((q) => !q.linkedTo);

/** The steps in order, for the address and the Back link; one page for the files when there are any. */
export function stepIds(questions: readonly Question[], hasFiles = false): string[] {
  return [
    ...askedQuestions(questions).map((q) => q.id),
    ...(hasFiles ? [ATTACHMENTS_STEP] : []),
    APPLICANT_STEP,
    CHECK_STEP,
  ];
}

/** A component handed in as a file (a paper without an e-form: copies, plans, an authorisation). */
export interface FileComponent {
  key: string;
  name: string;
  required: boolean;
}

export function fileComponents(procedure: ProcedureForm): FileComponent[] {
  return procedure.components
    .filter((c) => !c.formSchema)
    .map((c) => ({ key: c.key, name: c.name, required: c.required }));
}

/** What the API accepts (it checks the content again): PDF, PNG or JPEG of at most 5 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const FILE_TYPES: Record<string, RegExp> = {
  'application/pdf': /\.pdf$/i,
  'image/png': /\.png$/i,
  'image/jpeg': /\.jpe?g$/i,
};

export type FileError = 'required' | 'type' | 'size' | 'empty';

/** The error of one component's file (null when it may be sent), before any upload. */
export function checkFile(
  component: FileComponent,
  file: { name: string; size: number; type: string } | undefined,
): FileError | null {
  if (!file) return component.required ? 'required' : null;
  const byType = FILE_TYPES[file.type];
  const byName = Object.values(FILE_TYPES).some((re) => re.test(file.name));
  if (byType ? !byType.test(file.name) : !byName) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'size';
  return null;
}

export function nextStep(steps: readonly string[], current: string): string {
  const i = steps.indexOf(current);
  return steps[Math.min(i + 1, steps.length - 1)] ?? CHECK_STEP;
}

export function previousStep(steps: readonly string[], current: string): string | null {
  const i = steps.indexOf(current);
  return i > 0 ? steps[i - 1]! : null;
}

/** dd/mm/yyyy (Vietnamese order; d/m accepted) → YYYY-MM-DD, or null if it is not a real date. */
export function parseVietnameseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** YYYY-MM-DD → dd/mm/yyyy, for showing a stored answer again. */
export function showDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export type AnswerError =
  | 'required'
  | 'pattern'
  | 'tooShort'
  | 'tooLong'
  | 'notNumber'
  | 'notInteger'
  | 'tooSmall'
  | 'tooLarge'
  | 'date'
  | 'choice';

export interface ParsedAnswer {
  value?: string | number | boolean;
  error?: AnswerError;
}

/** Checks one typed answer the way the API's e-form validation will, so errors show on the right page. */
export function parseAnswer(q: Question, raw: string): ParsedAnswer {
  const text = raw.normalize('NFC').trim();
  if (text === '') return q.required ? { error: 'required' } : {};
  switch (q.kind) {
    case 'boolean':
      if (text !== 'true' && text !== 'false') return { error: 'choice' };
      return { value: text === 'true' };
    case 'choice':
      return q.options.includes(text) ? { value: text } : { error: 'choice' };
    case 'date': {
      const iso = parseVietnameseDate(text);
      return iso ? { value: iso } : { error: 'date' };
    }
    case 'number':
    case 'integer': {
      const n = Number(text.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(n)) return { error: 'notNumber' };
      if (q.kind === 'integer' && !Number.isInteger(n)) return { error: 'notInteger' };
      if (q.minimum !== undefined && n < q.minimum) return { error: 'tooSmall' };
      if (q.maximum !== undefined && n > q.maximum) return { error: 'tooLarge' };
      return { value: n };
    }
    default: {
      if (q.minLength !== undefined && text.length < q.minLength) return { error: 'tooShort' };
      if (q.maxLength !== undefined && text.length > q.maxLength) return { error: 'tooLong' };
      if (q.pattern && !new RegExp(q.pattern, 'u').test(text)) return { error: 'pattern' };
      return { value: text };
    }
  }
}

/** A Vietnamese phone number as e-forms want it: 0xxxxxxxxx, without spaces or dots (+84 becomes 0). */
export function domesticPhone(text: string): string {
  const compact = text.replace(/[\s.]/g, '');
  return compact.startsWith('+84') ? `0${compact.slice(3)}` : compact;
}

/** The answer of a question: typed on its page, or for a linked one, the applicant's detail. */
export function answerOf(
  q: Question,
  values: Readonly<Record<string, string>>,
  applicant?: Readonly<ApplicantDetails>,
): string {
  if (q.linkedTo && applicant) {
    return q.linkedTo === 'phone' ? domesticPhone(applicant.phone) : applicant.email.trim();
  }
  return values[q.id] ?? '';
}

/**
 * The `answers` body: `{ componentKey: { property: value } }`, leaving out unanswered optional fields;
 * linked questions take the applicant's phone and e-mail.
 */
export function answersBody(
  questions: readonly Question[],
  values: Readonly<Record<string, string>>,
  applicant?: Readonly<ApplicantDetails>,
): Record<string, Record<string, unknown>> {
  const body: Record<string, Record<string, unknown>> = {};
  for (const q of questions) {
    const parsed = parseAnswer(q, answerOf(q, values, applicant));
    if (parsed.value === undefined) continue;
    body[q.componentKey] ??= {};
    body[q.componentKey]![q.property] = parsed.value;
  }
  return body;
}

/** The first question still unanswered or invalid (the check page sends people back to it). */
export function firstInvalid(
  questions: readonly Question[],
  values: Readonly<Record<string, string>>,
): Question | null {
  return (
    askedQuestions(questions).find((q) => parseAnswer(q, values[q.id] ?? '').error !== undefined) ?? null
  );
}

/** A linked question the applicant's detail does not satisfy (the e-form's pattern may be stricter). */
export function firstInvalidLinked(
  questions: readonly Question[],
  applicant: Readonly<ApplicantDetails>,
): Question | null {
  return (
    questions.find((q) => q.linkedTo && parseAnswer(q, answerOf(q, {}, applicant)).error !== undefined) ??
    null
  );
}

/** What the citizen account knows, to fill in a new application. */
export interface AccountDetails {
  fullName: string;
  personalId: string;
  phone: string | null;
  email: string | null;
}

/**
 * A new draft filled in from the account: the applicant's name, phone and e-mail, and the e-form's name and
 * identity number. Only empty answers are filled: what the person typed always wins.
 */
export function prefillFromAccount(input: {
  questions: readonly Question[];
  values: Readonly<Record<string, string>>;
  applicant: Readonly<ApplicantDetails>;
  account: AccountDetails;
}): { values: Record<string, string>; applicant: ApplicantDetails } {
  const { account } = input;
  const values = { ...input.values };
  for (const q of input.questions) {
    const known = ACCOUNT_LINKS[q.property];
    if (!known || q.linkedTo || (values[q.id] ?? '').trim() !== '') continue;
    values[q.id] = account[known];
  }
  const a = input.applicant;
  return {
    values,
    applicant: {
      name: a.name.trim() ? a.name : account.fullName,
      phone: a.phone.trim() ? a.phone : (account.phone ?? ''),
      email: a.email.trim() ? a.email : (account.email ?? ''),
      address: a.address,
      communeCode: a.communeCode,
    },
  };
}

/** The file components still without a file (the required ones), in the procedure's order. */
export function missingFiles(
  components: readonly FileComponent[],
  chosen: ReadonlySet<string>,
): FileComponent[] {
  return components.filter((c) => c.required && !chosen.has(c.key));
}

export interface ApplicantDetails {
  name: string;
  phone: string;
  email: string;
  address: string;
  /** GSO code of the commune of residence, '' when not chosen (optional, like the address). */
  communeCode: string;
}

export type ApplicantErrors = Partial<Record<keyof ApplicantDetails, 'required' | 'phone' | 'email'>>;

const PHONE = /^(\+84|0)\d{9,10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function applicantErrors(a: ApplicantDetails): ApplicantErrors {
  const errors: ApplicantErrors = {};
  if (!a.name.trim()) errors.name = 'required';
  const phone = a.phone.replace(/[\s.]/g, '');
  if (!phone) errors.phone = 'required';
  else if (!PHONE.test(phone)) errors.phone = 'phone';
  if (a.email.trim() && !EMAIL.test(a.email.trim())) errors.email = 'email';
  return errors;
}

/** The applicant as the API wants it: trimmed, NFC, phone without spaces, empty optional fields left out. */
export function applicantBody(a: ApplicantDetails): {
  name: string;
  phone: string;
  email?: string;
  address?: string;
  communeCode?: string;
} {
  return {
    name: a.name.normalize('NFC').trim(),
    phone: domesticPhone(a.phone),
    ...(a.email.trim() ? { email: a.email.trim() } : {}),
    ...(a.address.trim() ? { address: a.address.normalize('NFC').trim() } : {}),
    ...(a.communeCode ? { communeCode: a.communeCode } : {}),
  };
}
