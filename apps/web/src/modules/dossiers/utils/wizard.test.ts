import { describe, expect, it } from 'vitest';
import {
  answersBody,
  applicantBody,
  applicantErrors,
  buildQuestions,
  checkFile,
  fileComponents,
  firstInvalid,
  firstInvalidLinked,
  MAX_FILE_BYTES,
  missingFiles,
  nextStep,
  type ProcedureForm,
  parseAnswer,
  parseVietnameseDate,
  prefillFromAccount,
  previousStep,
  stepIds,
} from './wizard.ts';

const PROCEDURE: ProcedureForm = {
  id: 'p1',
  components: [
    {
      id: 'c1',
      key: 'to-khai',
      name: 'Tờ khai',
      originals: 1,
      copies: 0,
      required: true,
      templateFileName: null,
      formSchema: {
        type: 'object',
        properties: {
          hoTen: { type: 'string', title: 'Họ và tên', minLength: 2, maxLength: 100 },
          soDinhDanh: { type: 'string', title: 'Số định danh', pattern: '^[0-9]{12}$' },
          ngaySinh: { type: 'string', format: 'date', title: 'Ngày sinh' },
          phamVi: { type: 'string', title: 'Phạm vi', enum: ['Nội tỉnh', 'Liên tỉnh'] },
          soBan: { type: 'integer', title: 'Số bản', minimum: 1, maximum: 10 },
        },
        required: ['hoTen', 'soDinhDanh', 'phamVi'],
      },
    },
    {
      id: 'c2',
      key: 'giay-to',
      name: 'Giấy tờ',
      originals: 0,
      copies: 1,
      required: true,
      templateFileName: null,
      formSchema: null,
    },
  ],
};

describe('application wizard', () => {
  const questions = buildQuestions(PROCEDURE);

  it('makes one question per e-form field, in order, then the applicant and check pages', () => {
    expect(questions.map((q) => [q.id, q.kind, q.required])).toEqual([
      ['to-khai.hoTen', 'text', true],
      ['to-khai.soDinhDanh', 'text', true],
      ['to-khai.ngaySinh', 'date', false],
      ['to-khai.phamVi', 'choice', true],
      ['to-khai.soBan', 'integer', false],
    ]);
    const steps = stepIds(questions);
    expect(steps.slice(-2)).toEqual(['applicant', 'check']);
    expect(nextStep(steps, 'to-khai.soBan')).toBe('applicant');
    expect(previousStep(steps, 'to-khai.hoTen')).toBeNull();
    expect(previousStep(steps, 'check')).toBe('applicant');
  });

  it('asks for the files of the components without an e-form on one page before the applicant', () => {
    const files = fileComponents(PROCEDURE);
    expect(files).toEqual([{ key: 'giay-to', name: 'Giấy tờ', required: true }]);
    const steps = stepIds(questions, files.length > 0);
    expect(steps.slice(-3)).toEqual(['attachments', 'applicant', 'check']);
    expect(nextStep(steps, 'to-khai.soBan')).toBe('attachments');
  });

  it('checks a chosen file before any upload: missing, type by name and media type, empty, too large', () => {
    const required = { key: 'giay-to', name: 'Giấy tờ', required: true };
    const optional = { ...required, required: false };
    const pdf = { name: 'Phương án.pdf', size: 1_000, type: 'application/pdf' };
    expect(checkFile(required, undefined)).toBe('required');
    expect(checkFile(optional, undefined)).toBeNull();
    expect(checkFile(required, pdf)).toBeNull();
    expect(checkFile(required, { name: 'anh.JPG', size: 10, type: 'image/jpeg' })).toBeNull();
    // The browser may not know the type: the name decides; a known type must match the name.
    expect(checkFile(required, { name: 'scan.png', size: 10, type: '' })).toBeNull();
    expect(checkFile(required, { name: 'phuong-an.docx', size: 10, type: 'application/msword' })).toBe(
      'type',
    );
    expect(checkFile(required, { name: 'anh.pdf', size: 10, type: 'image/png' })).toBe('type');
    expect(checkFile(required, { ...pdf, size: 0 })).toBe('empty');
    expect(checkFile(required, { ...pdf, size: MAX_FILE_BYTES + 1 })).toBe('size');
    expect(checkFile(required, { ...pdf, size: MAX_FILE_BYTES })).toBeNull();
  });

  it('reads dates the Vietnamese way and refuses impossible ones', () => {
    expect(parseVietnameseDate('05/02/1990')).toBe('1990-02-05');
    expect(parseVietnameseDate('5/2/1990')).toBe('1990-02-05');
    expect(parseVietnameseDate('31/02/1990')).toBeNull();
    expect(parseVietnameseDate('1990-02-05')).toBeNull();
  });

  it('checks answers as the API will (required, pattern, length, choice, integer range)', () => {
    const [name, id, birth, scope, copies] = questions;
    expect(parseAnswer(name!, '  ')).toEqual({ error: 'required' });
    expect(parseAnswer(name!, 'A')).toEqual({ error: 'tooShort' });
    expect(parseAnswer(name!, 'Nguyễn Văn An')).toEqual({ value: 'Nguyễn Văn An' });
    expect(parseAnswer(id!, '12345')).toEqual({ error: 'pattern' });
    expect(parseAnswer(birth!, '')).toEqual({});
    expect(parseAnswer(birth!, '30/02/2000')).toEqual({ error: 'date' });
    expect(parseAnswer(scope!, 'Quốc tế')).toEqual({ error: 'choice' });
    expect(parseAnswer(copies!, '2,5')).toEqual({ error: 'notInteger' });
    expect(parseAnswer(copies!, '11')).toEqual({ error: 'tooLarge' });
    expect(parseAnswer(copies!, '3')).toEqual({ value: 3 });
  });

  it('stores text in NFC, as the platform does', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    expect(parseAnswer(questions[0]!, `${decomposed} An`).value).toBe('Nguyễn An'.normalize('NFC'));
  });

  it('builds the answers body per component, leaving out empty optional answers', () => {
    const values = {
      'to-khai.hoTen': 'Nguyễn Văn An',
      'to-khai.soDinhDanh': '084190000001',
      'to-khai.ngaySinh': '05/02/1990',
      'to-khai.phamVi': 'Nội tỉnh',
      'to-khai.soBan': '',
    };
    expect(answersBody(questions, values)).toEqual({
      'to-khai': {
        hoTen: 'Nguyễn Văn An',
        soDinhDanh: '084190000001',
        ngaySinh: '1990-02-05',
        phamVi: 'Nội tỉnh',
      },
    });
    expect(firstInvalid(questions, values)).toBeNull();
    expect(firstInvalid(questions, { ...values, 'to-khai.soDinhDanh': '' })?.id).toBe('to-khai.soDinhDanh');
  });

  it('checks the applicant and sends the phone without spaces', () => {
    const a = { name: 'Nguyễn Văn An', phone: '0912 345 678', email: '', address: '', communeCode: '' };
    expect(applicantErrors(a)).toEqual({});
    expect(applicantBody(a)).toEqual({ name: 'Nguyễn Văn An', phone: '0912345678' });
    // The commune of residence (the dashboard's map) is sent when chosen, left out otherwise.
    expect(applicantBody({ ...a, communeCode: '29224' })).toEqual({
      name: 'Nguyễn Văn An',
      phone: '0912345678',
      communeCode: '29224',
    });
    expect(applicantErrors({ ...a, name: ' ', phone: '12', email: 'x@' })).toEqual({
      name: 'required',
      phone: 'phone',
      email: 'email',
    });
  });

  describe('the phone asked once, the account filled in', () => {
    // The demo catalogue's e-forms ask the name, identity number, date of birth and phone of the applicant.
    const WITH_PHONE: ProcedureForm = {
      id: 'p2',
      components: [
        {
          ...PROCEDURE.components[0]!,
          formSchema: {
            type: 'object',
            properties: {
              hoTen: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 2 },
              soDinhDanh: { type: 'string', title: 'Số định danh cá nhân', pattern: '^[0-9]{12}$' },
              ngaySinh: { type: 'string', format: 'date', title: 'Ngày sinh' },
              soDienThoai: { type: 'string', title: 'Số điện thoại', pattern: '^0[0-9]{9,10}$' },
            },
            required: ['hoTen', 'soDinhDanh'],
          },
        },
        PROCEDURE.components[1]!,
      ],
    };
    const asked = buildQuestions(WITH_PHONE);
    const account = {
      fullName: 'Nguyễn Văn An',
      personalId: '084190000001',
      phone: '0912345678',
      email: null,
    };
    const empty = { name: '', phone: '', email: '', address: '', communeCode: '' };

    it('does not ask the e-form’s phone on a page of its own: the applicant page asks it, and it fills both', () => {
      expect(asked.find((q) => q.property === 'soDienThoai')?.linkedTo).toBe('phone');
      const steps = stepIds(asked, true);
      expect(steps).toEqual([
        'to-khai.hoTen',
        'to-khai.soDinhDanh',
        'to-khai.ngaySinh',
        'attachments',
        'applicant',
        'check',
      ]);
      const values = { 'to-khai.hoTen': 'Nguyễn Văn An', 'to-khai.soDinhDanh': '084190000001' };
      expect(firstInvalid(asked, values)).toBeNull();
      const applicant = { ...empty, name: 'Nguyễn Văn An', phone: '+84 912 345 678' };
      expect(answersBody(asked, values, applicant)).toEqual({
        'to-khai': { hoTen: 'Nguyễn Văn An', soDinhDanh: '084190000001', soDienThoai: '0912345678' },
      });
      expect(applicantBody(applicant).phone).toBe('0912345678');
      expect(firstInvalidLinked(asked, applicant)).toBeNull();
      // A number the applicant rule takes but the e-form's pattern refuses is caught on the applicant page.
      expect(firstInvalidLinked(asked, { ...applicant, phone: '09123456789012' })?.property).toBe(
        'soDienThoai',
      );
    });

    it('fills a new draft from the account: name and identity number in the e-form, name, phone and e-mail of the applicant', () => {
      const filled = prefillFromAccount({ questions: asked, values: {}, applicant: empty, account });
      expect(filled.values).toEqual({
        'to-khai.hoTen': 'Nguyễn Văn An',
        'to-khai.soDinhDanh': '084190000001',
      });
      expect(filled.applicant).toEqual({
        name: 'Nguyễn Văn An',
        phone: '0912345678',
        email: '',
        address: '',
        communeCode: '',
      });
      // What the person typed wins; an unknown phone stays empty for the applicant page to ask.
      const kept = prefillFromAccount({
        questions: asked,
        values: { 'to-khai.hoTen': 'Trần Thị Bích' },
        applicant: { ...empty, name: 'Trần Thị Bích', communeCode: '29224' },
        account: { ...account, phone: null, email: 'an@example.vn' },
      });
      expect(kept.values['to-khai.hoTen']).toBe('Trần Thị Bích');
      expect(kept.applicant).toEqual({
        name: 'Trần Thị Bích',
        phone: '',
        email: 'an@example.vn',
        address: '',
        communeCode: '29224',
      });
    });

    it('names the required file components still without a file', () => {
      const files = [
        { key: 'giay-to', name: 'Giấy tờ', required: true },
        { key: 'uy-quyen', name: 'Ủy quyền', required: false },
      ];
      expect(missingFiles(files, new Set()).map((c) => c.key)).toEqual(['giay-to']);
      expect(missingFiles(files, new Set(['giay-to']))).toEqual([]);
    });
  });
});
