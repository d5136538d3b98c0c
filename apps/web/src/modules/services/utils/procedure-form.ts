import type { ToFormField } from '../../../ui/form-errors.ts';
import type {
  ComponentInput,
  CreateProcedureBody,
  FeeLine,
  ImplementingLevel,
  LevelValue,
  ResultType,
  Scheme,
  TimeLimitUnit,
  UpdateProcedureBody,
} from '../api/catalogue-admin.api.ts';
import type { Procedure } from '../api/procedures.api.ts';

type FormSchema = NonNullable<ComponentInput['formSchema']>;

/** Decree 42/2022 replaced the levels of Decree 43/2011 on 24/06/2022 (its day of effect). */
export const DECREE42_FROM = '2022-06-24';

export function schemeOn(date: string): Scheme {
  return date >= DECREE42_FROM ? 'decree42' : 'decree43';
}

/** The values a level may take on a date: 1–4 before Decree 42/2022, "full"/"partial" from it. */
export function levelsOn(date: string): LevelValue[] {
  return schemeOn(date) === 'decree42' ? ['full', 'partial'] : ['1', '2', '3', '4'];
}

/** A problem in an e-form schema typed as JSON: an i18n key under `catalogue.schemaError` and its values. */
export interface SchemaProblem {
  code:
    | 'json'
    | 'notObject'
    | 'typeObject'
    | 'properties'
    | 'unknownKey'
    | 'propertyName'
    | 'fieldType'
    | 'fieldTitle'
    | 'fieldFormat'
    | 'fieldEnum'
    | 'fieldNumber'
    | 'fieldUnknownKey'
    | 'required';
  at?: string;
  detail?: string;
}

const PROPERTY_NAME = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;
const FIELD_TYPES = ['string', 'number', 'integer', 'boolean'];
const FIELD_KEYS = new Set([
  'type',
  'title',
  'format',
  'enum',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
]);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an e-form schema typed as JSON against the subset of JSON Schema the services module accepts
 * (an object of string/number/integer/boolean fields with a title, optional date format, enum, bounds and
 * required list), so an official sees every mistake before saving instead of one 400 at a time.
 * An empty text means "no e-form" (null).
 */
export function parseFormSchema(
  text: string,
): { ok: true; schema: FormSchema | null } | { ok: false; problems: SchemaProblem[] } {
  if (!text.trim()) return { ok: true, schema: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ code: 'json', detail: (error as Error).message }] };
  }
  if (!isRecord(value)) return { ok: false, problems: [{ code: 'notObject' }] };
  const problems: SchemaProblem[] = [];
  if (value.type !== 'object') problems.push({ code: 'typeObject' });
  for (const key of Object.keys(value)) {
    if (!['type', 'properties', 'required'].includes(key)) problems.push({ code: 'unknownKey', at: key });
  }
  const properties = value.properties;
  if (!isRecord(properties)) {
    problems.push({ code: 'properties' });
    return { ok: false, problems };
  }
  for (const [name, field] of Object.entries(properties)) {
    if (!PROPERTY_NAME.test(name)) problems.push({ code: 'propertyName', at: name });
    if (!isRecord(field)) {
      problems.push({ code: 'fieldType', at: name });
      continue;
    }
    for (const key of Object.keys(field)) {
      if (!FIELD_KEYS.has(key)) problems.push({ code: 'fieldUnknownKey', at: `${name}.${key}` });
    }
    if (typeof field.type !== 'string' || !FIELD_TYPES.includes(field.type))
      problems.push({ code: 'fieldType', at: name });
    if (typeof field.title !== 'string' || !field.title.trim() || field.title.length > 300)
      problems.push({ code: 'fieldTitle', at: name });
    if (field.format !== undefined && field.format !== 'date')
      problems.push({ code: 'fieldFormat', at: name });
    if (
      field.enum !== undefined &&
      (!Array.isArray(field.enum) ||
        field.enum.length === 0 ||
        field.enum.length > 100 ||
        field.enum.some((v) => typeof v !== 'string' || !v || v.length > 200))
    )
      problems.push({ code: 'fieldEnum', at: name });
    for (const key of ['minLength', 'maxLength', 'minimum', 'maximum'] as const) {
      const v = field[key];
      if (v === undefined) continue;
      const integer = key === 'minLength' || key === 'maxLength';
      if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v)))
        problems.push({ code: 'fieldNumber', at: `${name}.${key}` });
    }
  }
  if (value.required !== undefined) {
    const required = value.required;
    if (
      !Array.isArray(required) ||
      required.some((r) => typeof r !== 'string' || !(r in properties)) ||
      new Set(required).size !== required.length
    )
      problems.push({ code: 'required' });
  }
  return problems.length ? { ok: false, problems } : { ok: true, schema: value as FormSchema };
}

export interface FeeValues {
  name: string;
  amountVnd: number;
  note?: string;
}

export type StepRole = NonNullable<CreateProcedureBody['steps']>[number]['role'];
export const STEP_ROLES: readonly StepRole[] = ['specialist', 'leader'];
export const MAX_STEPS = 10;

export interface StepValues {
  key?: string;
  name: string;
  role: StepRole;
  hours: number;
  /** Another agency for an inter-agency (liên thông) step; empty = the responsible agency. */
  agencyId?: string | null;
}

/** The time limit in working hours (8 a working day), or null for calendar days (not comparable). */
export function limitInWorkingHours(amount: number | null | undefined, unit: TimeLimitUnit): number | null {
  if (!amount) return null;
  if (unit === 'working_hours') return amount;
  if (unit === 'working_days') return amount * 8;
  return null;
}

/**
 * Working hours of the platform's default steps (specialist review 16 h, leader approval 8 h), which a
 * procedure without declared steps follows; the API refuses them over the time limit, as declared steps.
 */
export const DEFAULT_STEPS_HOURS = 24;

/** How many working hours the default steps overrun the time limit by; null when they fit or cannot be compared. */
export function defaultStepsOverrun(amount: number | null | undefined, unit: TimeLimitUnit): number | null {
  const limit = limitInWorkingHours(amount, unit);
  return limit !== null && DEFAULT_STEPS_HOURS > limit ? DEFAULT_STEPS_HOURS - limit : null;
}

/** Step keys: kept when the step had one, else `buoc-N` not used by another step. */
function steps(values: ProcedureFormValues) {
  const list = values.steps ?? [];
  const used = new Set(list.map((s) => s.key).filter(Boolean));
  let n = 1;
  return list.map((s) => {
    let key = s.key;
    if (!key) {
      while (used.has(`buoc-${n}`)) n++;
      key = `buoc-${n}`;
      used.add(key);
    }
    return {
      key,
      name: clean(s.name),
      role: s.role,
      hours: Math.round(Number(s.hours)),
      ...(s.agencyId ? { agencyId: s.agencyId } : {}),
    };
  });
}

/** A field error of the API placed on an editor field, worded by `catalogue.steps.error.<code>`. */
export interface EditorFieldError {
  name: ['steps', number, 'name' | 'role' | 'hours' | 'agencyId'] | ['stepsTotal'] | ['timeAmount'];
  code: 'duplicate' | 'lastLeader' | 'agency' | 'tooLong' | 'hours' | 'name' | 'invalid';
}

/**
 * Maps the API's field errors to the editor's fields: `/body/steps/1/hours` → ['steps', 1, 'hours'],
 * `/body/steps` (hours over the time limit) → the total, `/body/timeLimit/amount` → the time limit;
 * errors on other paths stay in the problem alert only.
 */
export function fieldErrorOf(apiPath: string): EditorFieldError | null {
  const step = /^\/body\/steps\/(\d+)\/(key|name|role|hours|agencyId)$/.exec(apiPath);
  if (step) {
    const index = Number(step[1]);
    switch (step[2]) {
      case 'key':
        return { name: ['steps', index, 'name'], code: 'duplicate' };
      case 'role':
        return { name: ['steps', index, 'role'], code: 'lastLeader' };
      case 'agencyId':
        return { name: ['steps', index, 'agencyId'], code: 'agency' };
      case 'hours':
        return { name: ['steps', index, 'hours'], code: 'hours' };
      default:
        return { name: ['steps', index, 'name'], code: 'name' };
    }
  }
  if (apiPath === '/body/steps') return { name: ['stepsTotal'], code: 'tooLong' };
  if (apiPath === '/body/timeLimit/amount') return { name: ['timeAmount'], code: 'tooLong' };
  return null;
}

/**
 * Where the editor shows each of the API's field errors: the steps and the time limit as `fieldErrorOf`
 * says, the API's nested bodies on the editor's flat fields, an e-form's schema on its JSON text; the
 * fields named alike (name, fees, components' keys…) stay where they are.
 */
export const procedureFieldOf: ToFormField = (e) => {
  if (e.part !== 'body') return undefined;
  const placed = fieldErrorOf(e.path);
  if (placed) return placed.name;
  const [first, second, third] = e.name;
  if (first === 'timeLimit') return second === 'unit' ? ['timeUnit'] : ['timeAmount'];
  if (first === 'onlineTimeLimit') return second === 'unit' ? ['onlineUnit'] : ['onlineAmount'];
  if (first === 'serviceLevel') return second === 'effectiveFrom' ? ['validFrom'] : ['level'];
  if (first === 'components' && typeof second === 'number' && third === 'formSchema')
    return ['components', second, 'formSchemaText'];
  return undefined;
};

export interface ComponentValues {
  key: string;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
  formSchemaText?: string;
  templateFileName?: string;
}

/** The editor's values (antd Form), one flat object; the bodies are built from it by the functions below. */
export interface ProcedureFormValues {
  nationalCode: string;
  name: string;
  fieldId: string;
  agencyId: string;
  implementingLevel: ImplementingLevel;
  timeAmount: number;
  timeUnit: TimeLimitUnit;
  onlineAmount?: number | null;
  onlineUnit?: TimeLimitUnit;
  resultType: ResultType;
  resultName: string;
  conditions?: string;
  legalBasis: string;
  publishedNationally: boolean;
  fees: FeeValues[];
  components: ComponentValues[];
  /** Internal processing steps in order; none = the platform's default steps. */
  steps: StepValues[];
  /** Holds no value: the place of the steps' total, where an error on all the steps shows. */
  stepsTotal?: undefined;
  /** New procedures only: its first day and its service level from that day. */
  validFrom?: string;
  level?: LevelValue;
}

const clean = (s: string | undefined | null) => (s ?? '').normalize('NFC').trim();
const orNull = (s: string | undefined | null) => clean(s) || null;

function fees(values: ProcedureFormValues): FeeLine[] {
  return (values.fees ?? []).map((f) => ({
    name: clean(f.name),
    amountVnd: Math.round(Number(f.amountVnd)),
    note: orNull(f.note),
  }));
}

function components(values: ProcedureFormValues): ComponentInput[] {
  return (values.components ?? []).map((c) => {
    const parsed = parseFormSchema(c.formSchemaText ?? '');
    if (!parsed.ok) throw new Error(`component ${c.key}: invalid e-form schema`);
    return {
      key: clean(c.key),
      name: clean(c.name),
      originals: Number(c.originals),
      copies: Number(c.copies),
      required: Boolean(c.required),
      formSchema: parsed.schema,
      templateFileName: orNull(c.templateFileName),
    };
  });
}

function onlineTimeLimit(values: ProcedureFormValues) {
  return values.onlineAmount
    ? { amount: Number(values.onlineAmount), unit: values.onlineUnit ?? values.timeUnit }
    : null;
}

export function toCreateBody(values: ProcedureFormValues, today: string): CreateProcedureBody {
  const validFrom = values.validFrom || today;
  const body: CreateProcedureBody = {
    nationalCode: clean(values.nationalCode),
    name: clean(values.name),
    fieldId: values.fieldId,
    agencyId: values.agencyId,
    implementingLevel: values.implementingLevel,
    timeLimit: { amount: Number(values.timeAmount), unit: values.timeUnit },
    onlineTimeLimit: onlineTimeLimit(values),
    resultType: values.resultType,
    resultName: clean(values.resultName),
    conditions: orNull(values.conditions),
    legalBasis: clean(values.legalBasis),
    publishedNationally: Boolean(values.publishedNationally),
    fees: fees(values),
    components: components(values),
    steps: steps(values),
    serviceLevel: {
      scheme: schemeOn(validFrom),
      level: values.level ?? levelsOn(validFrom)[0]!,
      effectiveFrom: validFrom,
    },
    validFrom,
  };
  return body;
}

/** Every editable field is sent (PATCH replaces fees and components as wholes, as the API documents). */
export function toUpdateBody(values: ProcedureFormValues): UpdateProcedureBody {
  return {
    name: clean(values.name),
    fieldId: values.fieldId,
    agencyId: values.agencyId,
    implementingLevel: values.implementingLevel,
    timeLimit: { amount: Number(values.timeAmount), unit: values.timeUnit },
    onlineTimeLimit: onlineTimeLimit(values),
    resultType: values.resultType,
    resultName: clean(values.resultName),
    conditions: orNull(values.conditions),
    legalBasis: clean(values.legalBasis),
    publishedNationally: Boolean(values.publishedNationally),
    fees: fees(values),
    components: components(values),
    steps: steps(values),
  };
}

/** The editor's starting values for an existing procedure (the e-form schema as indented JSON). */
export function fromProcedure(p: Procedure): ProcedureFormValues {
  return {
    nationalCode: p.nationalCode,
    name: p.name,
    fieldId: p.fieldId,
    agencyId: p.agencyId,
    implementingLevel: p.implementingLevel,
    timeAmount: p.timeLimit.amount,
    timeUnit: p.timeLimit.unit,
    onlineAmount: p.onlineTimeLimit?.amount ?? null,
    onlineUnit: p.onlineTimeLimit?.unit ?? p.timeLimit.unit,
    resultType: p.resultType,
    resultName: p.resultName,
    conditions: p.conditions ?? '',
    legalBasis: p.legalBasis,
    publishedNationally: p.publishedNationally,
    fees: p.fees.map((f) => ({ name: f.name, amountVnd: f.amountVnd, note: f.note ?? '' })),
    components: p.components.map((c) => ({
      key: c.key,
      name: c.name,
      originals: c.originals,
      copies: c.copies,
      required: c.required,
      formSchemaText: c.formSchema ? JSON.stringify(c.formSchema, null, 2) : '',
      templateFileName: c.templateFileName ?? '',
    })),
    steps: p.steps.map((s) => ({
      key: s.key,
      name: s.name,
      role: s.role,
      hours: s.hours,
      agencyId: s.agencyId ?? null,
    })),
  };
}

/** A component key from its name: "Tờ khai đăng ký" → "to-khai-dang-ky" (the API's key pattern). */
export function componentKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}
