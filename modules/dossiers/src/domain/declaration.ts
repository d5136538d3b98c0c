import { formatNumberVi } from '@openprovince/platform';
import type { ProcedureSnapshot } from './ports.ts';

export interface DeclarationSection {
  /** The component whose e-form holds the answers; null for answers outside any component. */
  componentKey: string | null;
  componentName: string;
  fields: { key: string; label: string; value: string }[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An answer as a person reads it: dates dd/mm/yyyy, numbers 1.234,5, yes/no in Vietnamese. */
export function answerText(value: unknown, format?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return formatNumberVi(value, Number.isInteger(value) ? 0 : 2);
  if (typeof value === 'string') {
    const date = ISO_DATE.exec(value);
    return date && (format === 'date' || format === undefined) ? `${date[3]}/${date[2]}/${date[1]}` : value;
  }
  if (Array.isArray(value)) return value.map((v) => answerText(v)).join('; ');
  return JSON.stringify(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The applicant's declaration (tờ khai) as officials read it: per component, the e-form's questions in
 * their order with the answers under their titles (as the procedure stood at receipt), then any answer the
 * form did not name (older forms, renamed questions) under its key, so nothing stored stays unseen.
 */
export function declarationOf(
  procedure: Pick<ProcedureSnapshot, 'components'>,
  answers: Record<string, unknown>,
): DeclarationSection[] {
  const sections: DeclarationSection[] = [];
  const loose: DeclarationSection['fields'] = [];
  const filled = (v: unknown) => v !== undefined && v !== null && v !== '';
  for (const component of procedure.components) {
    const given = answers[component.key];
    if (!isRecord(given)) continue;
    const fields: DeclarationSection['fields'] = [];
    const named = new Set<string>();
    for (const f of component.fields ?? []) {
      named.add(f.key);
      if (filled(given[f.key])) {
        fields.push({ key: f.key, label: f.title, value: answerText(given[f.key], f.format ?? 'none') });
      }
    }
    for (const [k, v] of Object.entries(given)) {
      if (!named.has(k) && filled(v)) fields.push({ key: k, label: k, value: answerText(v) });
    }
    if (fields.length) sections.push({ componentKey: component.key, componentName: component.name, fields });
  }
  const componentKeys = new Set(procedure.components.map((c) => c.key));
  for (const [key, given] of Object.entries(answers)) {
    if (componentKeys.has(key) && isRecord(given)) continue;
    if (filled(given)) loose.push({ key, label: key, value: answerText(given) });
  }
  if (loose.length) sections.push({ componentKey: null, componentName: 'Thông tin khác', fields: loose });
  return sections;
}
