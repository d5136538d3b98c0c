import type { Db } from '@openprovince/db';
import { getAgency } from '@openprovince/identity';
import {
  AppError,
  type FieldError,
  foldVietnamese,
  isAppError,
  nfc,
  type RequestContext,
} from '@openprovince/platform';
import type { TComponentInput, TFeeLine } from '../contracts/index.ts';
import { checkFormDefinition } from '../domain/forms.ts';
import { findFieldById } from '../repositories/field.repository.ts';
import type { NewComponentRow, NewFeeLineRow } from '../repositories/procedure.repository.ts';

export function procedureSearchText(input: { name: string; nationalCode: string }): string {
  return foldVietnamese(`${input.name} ${input.nationalCode}`);
}

export function failIfAny(errors: FieldError[]): void {
  if (errors.length) throw new AppError('VALIDATION_FAILED', { errors });
}

export function checkComponents(components: TComponentInput[] | undefined): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  (components ?? []).forEach((c, i) => {
    if (seen.has(c.key))
      errors.push({ path: `/body/components/${i}/key`, message: 'Trùng khóa thành phần / duplicate key' });
    seen.add(c.key);
    if (c.formSchema) errors.push(...checkFormDefinition(c.formSchema, `/body/components/${i}/formSchema`));
  });
  return errors;
}

export async function checkReferences(
  db: Db,
  ctx: RequestContext,
  input: { fieldId?: string | undefined; agencyId?: string | undefined },
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (input.fieldId && !(await findFieldById(db, input.fieldId))) {
    errors.push({ path: '/body/fieldId', message: 'Lĩnh vực không tồn tại / no such field' });
  }
  if (input.agencyId) {
    try {
      await getAgency(db, ctx, { id: input.agencyId });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
      errors.push({ path: '/body/agencyId', message: 'Cơ quan không tồn tại / no such agency' });
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
