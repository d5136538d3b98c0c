import type { Db } from '@openprovince/db';
import { identityApi } from '@openprovince/identity';
import { AppError, type FieldError, foldVietnamese, isAppError, nfc } from '@openprovince/platform';
import {
  DEFAULT_PROCEDURE_STEPS,
  HOURS_PER_WORKING_DAY,
  type TComponentInput,
  type TFeeLine,
  type TProcedureStep,
  type TTimeLimit,
} from '../contracts/index.ts';
import { checkFormDefinition } from '../domain/forms.ts';
import { findFieldById } from '../repositories/field.repository.ts';
import type { NewComponentRow, NewFeeLineRow } from '../repositories/procedure.repository.ts';

export function procedureSearchText(input: { name: string; nationalCode: string }): string {
  return foldVietnamese(`${input.name} ${input.nationalCode}`);
}

export function failIfAny(errors: FieldError[]): void {
  if (errors.length) throw AppError.forFields(errors);
}

export function checkComponents(components: TComponentInput[] | undefined): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  (components ?? []).forEach((c, i) => {
    if (seen.has(c.key))
      errors.push({
        path: `/body/components/${i}/key`,
        message: 'Trùng khóa thành phần',
        messageEn: 'Duplicate component key',
      });
    seen.add(c.key);
    if (c.formSchema) errors.push(...checkFormDefinition(c.formSchema, `/body/components/${i}/formSchema`));
  });
  return errors;
}

export async function checkReferences(
  db: Db,
  input: { fieldId?: string | undefined; agencyId?: string | undefined },
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (input.fieldId && !(await findFieldById(db, input.fieldId))) {
    errors.push({ path: '/body/fieldId', message: 'Lĩnh vực không tồn tại', messageEn: 'No such field' });
  }
  if (input.agencyId) {
    try {
      await identityApi.getAgency(db, { id: input.agencyId });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
      errors.push({ path: '/body/agencyId', message: 'Cơ quan không tồn tại', messageEn: 'No such agency' });
    }
  }
  return errors;
}

export function feeRows(fees: TFeeLine[]): Omit<NewFeeLineRow, 'procedureId'>[] {
  return fees.map((f, position) => ({
    position,
    name: nfc(f.name),
    amountVnd: f.amountVnd,
    note: f.note === null ? null : nfc(f.note),
  }));
}

export function componentRows(components: TComponentInput[]): Omit<NewComponentRow, 'procedureId'>[] {
  return components.map((c, position) => ({
    position,
    key: c.key,
    name: nfc(c.name),
    originals: c.originals,
    copies: c.copies,
    required: c.required,
    formSchema: c.formSchema,
    templateFileName: c.templateFileName,
  }));
}

/** The time limit in working hours, or null when it is counted in calendar days (no fixed working-hour length). */
export function workingHoursOf(limit: TTimeLimit): number | null {
  if (limit.unit === 'working_hours') return limit.amount;
  if (limit.unit === 'working_days') return limit.amount * HOURS_PER_WORKING_DAY;
  return null;
}

/**
 * Internal steps: unique keys; the last one a leader's (the dossiers workflow ends a procedure with the
 * step it completes, and the result is approved by a leader, as in the platform's default steps); and
 * their hours within the time limit when that is counted in working days or hours.
 */
export function checkSteps(steps: TProcedureStep[] | undefined, limit: TTimeLimit): FieldError[] {
  if (!steps?.length) return checkDefaultSteps(limit);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  steps.forEach((s, i) => {
    if (seen.has(s.key))
      errors.push({
        path: `/body/steps/${i}/key`,
        message: 'Trùng khóa bước',
        messageEn: 'Duplicate step key',
      });
    seen.add(s.key);
  });
  if (steps.at(-1)!.role !== 'leader') {
    errors.push({
      path: `/body/steps/${steps.length - 1}/role`,
      message: 'Bước cuối phải do lãnh đạo phê duyệt',
      messageEn: "The last step must be a leader's",
    });
  }
  const limitHours = workingHoursOf(limit);
  const total = steps.reduce((sum, s) => sum + s.hours, 0);
  if (limitHours !== null && total > limitHours) {
    errors.push({
      path: '/body/steps',
      message: `Tổng thời gian các bước (${total} giờ) vượt thời hạn giải quyết (${limitHours} giờ làm việc)`,
      messageEn: `The steps take ${total} h, over the ${limitHours} working hours of the time limit`,
    });
  }
  return errors;
}

/**
 * No steps declared: dossiers follow the default steps (16 h specialist review, 8 h leader approval), which
 * must fit the time limit as declared steps must. A procedure due within one working hour, or one working
 * day, cannot promise its applicants a deadline its own default process overruns: it declares its steps.
 */
function checkDefaultSteps(limit: TTimeLimit): FieldError[] {
  const limitHours = workingHoursOf(limit);
  const total = DEFAULT_PROCEDURE_STEPS.reduce((sum, s) => sum + s.hours, 0);
  if (limitHours === null || total <= limitHours) return [];
  return [
    {
      path: '/body/steps',
      message: `Quy trình mặc định (chuyên viên thẩm định 16 giờ, lãnh đạo phê duyệt 8 giờ: ${total} giờ) vượt thời hạn giải quyết (${limitHours} giờ làm việc); hãy khai báo các bước xử lý nội bộ trong thời hạn`,
      messageEn: `The default steps (16 h specialist review, 8 h leader approval: ${total} h) exceed the ${limitHours} working hours of the time limit; declare internal steps that fit`,
    },
  ];
}

/**
 * Steps for a procedure whose time limit is shorter than the default steps (the demo catalogue's
 * procedures due within a day or a few hours): a specialist's review and a leader's approval sharing the
 * limit, or a leader's step alone when the limit is a single hour. None (the defaults) when they fit.
 */
export function stepsWithin(limit: TTimeLimit): TProcedureStep[] {
  const limitHours = workingHoursOf(limit);
  if (limitHours === null || checkDefaultSteps(limit).length === 0) return [];
  const [review, approve] = DEFAULT_PROCEDURE_STEPS as [TProcedureStep, TProcedureStep];
  if (limitHours < 2) return [{ ...approve, hours: Math.max(1, Math.floor(limitHours)) }];
  const leader = Math.max(1, Math.floor(limitHours / 4));
  return [
    { ...review, hours: Math.floor(limitHours) - leader },
    { ...approve, hours: leader },
  ];
}

/** Agencies named by inter-agency (liên thông) steps must exist. */
export async function checkStepAgencies(db: Db, steps: TProcedureStep[] | undefined): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const [i, s] of (steps ?? []).entries()) {
    if (!s.agencyId) continue;
    try {
      await identityApi.getAgency(db, { id: s.agencyId });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
      errors.push({
        path: `/body/steps/${i}/agencyId`,
        message: 'Cơ quan không tồn tại',
        messageEn: 'No such agency',
      });
    }
  }
  return errors;
}

export function stepValues(steps: TProcedureStep[]): TProcedureStep[] {
  return steps.map((s) => ({
    key: s.key,
    name: nfc(s.name),
    role: s.role,
    hours: s.hours,
    ...(s.agencyId ? { agencyId: s.agencyId } : {}),
  }));
}
