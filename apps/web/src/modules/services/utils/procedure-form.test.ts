import { describe, expect, it } from 'vitest';
import {
  componentKey,
  defaultStepsOverrun,
  fieldErrorOf,
  levelsOn,
  limitInWorkingHours,
  type ProcedureFormValues,
  parseFormSchema,
  procedureFieldOf,
  schemeOn,
  toCreateBody,
  toUpdateBody,
} from './procedure-form.ts';

const VALUES: ProcedureFormValues = {
  nationalCode: ' 1.001234 ',
  name: 'Cấp giấy phép  thử nghiệm'.normalize('NFD'),
  fieldId: 'f',
  agencyId: 'a',
  implementingLevel: 'province',
  timeAmount: 10,
  timeUnit: 'working_days',
  onlineAmount: null,
  resultType: 'licence',
  resultName: 'Giấy phép',
  conditions: '  ',
  legalBasis: 'Nghị định 42/2022/NĐ-CP',
  publishedNationally: true,
  fees: [{ name: 'Lệ phí', amountVnd: 50000.4, note: '' }],
  components: [
    {
      key: 'to-khai',
      name: 'Tờ khai',
      originals: 1,
      copies: 0,
      required: true,
      formSchemaText:
        '{"type":"object","properties":{"hoTen":{"type":"string","title":"Họ tên"}},"required":["hoTen"]}',
    },
  ],
  steps: [],
  level: 'full',
};

describe('the service level scheme of a date', () => {
  it('switches from Decree 43 levels to Decree 42 modes on 24/06/2022', () => {
    expect(schemeOn('2022-06-23')).toBe('decree43');
    expect(levelsOn('2022-06-23')).toEqual(['1', '2', '3', '4']);
    expect(schemeOn('2022-06-24')).toBe('decree42');
    expect(levelsOn('2026-01-01')).toEqual(['full', 'partial']);
  });
});

describe('parseFormSchema', () => {
  it('reads an empty text as no e-form', () => {
    expect(parseFormSchema('  ')).toEqual({ ok: true, schema: null });
  });

  it('accepts a schema of the supported subset', () => {
    const r = parseFormSchema(VALUES.components[0]!.formSchemaText!);
    expect(r.ok).toBe(true);
  });

  it('reports broken JSON', () => {
    const r = parseFormSchema('{"type": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe('json');
  });

  it('reports every mistake of a field at once, with where it is', () => {
    const r = parseFormSchema(
      JSON.stringify({
        type: 'array',
        properties: {
          '1bad': { type: 'text', title: '' },
          ngay: { type: 'string', title: 'Ngày', format: 'time', minLength: 1.5, extra: 1 },
          loai: { type: 'string', title: 'Loại', enum: [] },
        },
        required: ['khong-co'],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => `${p.code}:${p.at ?? ''}`)).toEqual([
      'typeObject:',
      'propertyName:1bad',
      'fieldType:1bad',
      'fieldTitle:1bad',
      'fieldUnknownKey:ngay.extra',
      'fieldFormat:ngay',
      'fieldNumber:ngay.minLength',
      'fieldEnum:loai',
      'required:',
    ]);
  });

  it('refuses an array or a missing properties object', () => {
    expect(parseFormSchema('[]').ok).toBe(false);
    const r = parseFormSchema('{"type":"object"}');
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['properties']);
  });
});

describe('request bodies from the editor', () => {
  it('builds a creation body: NFC text, whole đồng, null for empty texts, the scheme of the first day', () => {
    const body = toCreateBody({ ...VALUES, validFrom: '' }, '2026-11-28');
    expect(body.nationalCode).toBe('1.001234');
    expect(body.name).toBe('Cấp giấy phép  thử nghiệm'.normalize('NFC'));
    expect(body.conditions).toBeNull();
    expect(body.onlineTimeLimit).toBeNull();
    expect(body.fees).toEqual([{ name: 'Lệ phí', amountVnd: 50000, note: null }]);
    expect(body.components?.[0]?.formSchema?.required).toEqual(['hoTen']);
    expect(body.serviceLevel).toEqual({ scheme: 'decree42', level: 'full', effectiveFrom: '2026-11-28' });
    expect(body.validFrom).toBe('2026-11-28');
  });

  it('builds an update body without the national code or the level', () => {
    const body = toUpdateBody({ ...VALUES, onlineAmount: 7, onlineUnit: 'working_days' });
    expect(body).not.toHaveProperty('nationalCode');
    expect(body).not.toHaveProperty('serviceLevel');
    expect(body.onlineTimeLimit).toEqual({ amount: 7, unit: 'working_days' });
  });

  it('refuses to build a body with an invalid e-form schema', () => {
    const bad = { ...VALUES, components: [{ ...VALUES.components[0]!, formSchemaText: '{' }] };
    expect(() => toUpdateBody(bad)).toThrow(/e-form/);
  });
});

describe('internal steps', () => {
  it('sends the steps in order, keeps their keys, names new ones and drops an empty agency', () => {
    const body = toUpdateBody({
      ...VALUES,
      steps: [
        { name: ' Thẩm định ', role: 'specialist', hours: 16.2, agencyId: null },
        { key: 'buoc-1', name: 'Xác minh', role: 'specialist', hours: 8, agencyId: 'stp' },
        { name: 'Phê duyệt', role: 'leader', hours: 8 },
      ],
    });
    expect(body.steps).toEqual([
      { key: 'buoc-2', name: 'Thẩm định', role: 'specialist', hours: 16 },
      { key: 'buoc-1', name: 'Xác minh', role: 'specialist', hours: 8, agencyId: 'stp' },
      { key: 'buoc-3', name: 'Phê duyệt', role: 'leader', hours: 8 },
    ]);
  });

  it('compares with working days (8 h) or hours, not calendar days', () => {
    expect(limitInWorkingHours(10, 'working_days')).toBe(80);
    expect(limitInWorkingHours(6, 'working_hours')).toBe(6);
    expect(limitInWorkingHours(10, 'calendar_days')).toBeNull();
  });

  it('warns when the default steps (24 h) overrun a short limit: 1 working hour, 1 working day', () => {
    expect(defaultStepsOverrun(1, 'working_hours')).toBe(23);
    expect(defaultStepsOverrun(1, 'working_days')).toBe(16);
    expect(defaultStepsOverrun(3, 'working_days')).toBeNull();
    expect(defaultStepsOverrun(1, 'calendar_days')).toBeNull();
  });

  it("maps the API's error paths to the editor's fields", () => {
    expect(fieldErrorOf('/body/steps/1/hours')).toEqual({ name: ['steps', 1, 'hours'], code: 'hours' });
    expect(fieldErrorOf('/body/steps/0/key')).toEqual({ name: ['steps', 0, 'name'], code: 'duplicate' });
    expect(fieldErrorOf('/body/steps/2/role')).toEqual({ name: ['steps', 2, 'role'], code: 'lastLeader' });
    expect(fieldErrorOf('/body/steps')).toEqual({ name: ['stepsTotal'], code: 'tooLong' });
    expect(fieldErrorOf('/body/timeLimit/amount')).toEqual({ name: ['timeAmount'], code: 'tooLong' });
    expect(fieldErrorOf('/body/fees/0/name')).toBeNull();
  });

  it("places every API field error of the editor's body on the editor's own field", () => {
    const at = (path: string) => {
      const [, part = 'body', ...inside] = path.split('/');
      return procedureFieldOf({
        path,
        part,
        name: inside.map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        message: 'm',
      });
    };
    expect(at('/body/steps/0/key')).toEqual(['steps', 0, 'name']);
    expect(at('/body/timeLimit/unit')).toEqual(['timeUnit']);
    expect(at('/body/onlineTimeLimit/amount')).toEqual(['onlineAmount']);
    expect(at('/body/serviceLevel/effectiveFrom')).toEqual(['validFrom']);
    expect(at('/body/serviceLevel/level')).toEqual(['level']);
    expect(at('/body/components/1/formSchema/properties/x/pattern')).toEqual([
      'components',
      1,
      'formSchemaText',
    ]);
    // Named alike in the body and the editor: the default placement.
    expect(at('/body/fees/0/name')).toBeUndefined();
    expect(at('/querystring/q')).toBeUndefined();
  });
});

describe('componentKey', () => {
  it('folds Vietnamese to the key pattern', () => {
    expect(componentKey('Tờ khai đăng ký (bản chính)')).toBe('to-khai-dang-ky-ban-chinh');
    expect(componentKey('Đơn')).toBe('don');
  });
});
