import { describe, expect, it } from 'vitest';
import { ApiProblem, fieldErrorsOf } from '../api/problem.ts';
import type { ProblemBody } from '../api/types.ts';
import { fieldMessagesByKey, placeFieldErrors } from './form-errors.ts';

function problemWith(errors: NonNullable<ProblemBody['errors']>): ApiProblem {
  return new ApiProblem({
    status: 400,
    body: {
      type: 'urn:openprovince:problem:validation-failed',
      code: 'VALIDATION_FAILED',
      status: 400,
      title: 'Dữ liệu gửi lên không hợp lệ',
      titleEn: 'The request data is invalid',
      requestId: 'r1',
      errors,
    },
  });
}

const draftingUnit = {
  path: '/body/draftingUnit',
  field: 'draftingUnit',
  message: 'Công văn cần đơn vị soạn thảo',
  messageEn: 'An official letter needs its drafting unit',
};
const recipient = {
  path: '/body/recipients/0/agencyId',
  field: 'recipients.0.agencyId',
  message: 'Trường này không hợp lệ (cần mã định danh dạng UUID)',
  messageEn: 'This field must be an identifier (UUID)',
};
const query = {
  path: '/querystring/to',
  field: 'to',
  message: 'Ngày cuối trước ngày đầu',
  messageEn: 'The period ends before it starts',
};

describe('field errors of a problem', () => {
  it('reads the pointer as a form name path, numbers as list indexes, in the reader’s language', () => {
    const problem = problemWith([draftingUnit, recipient, query]);
    expect(fieldErrorsOf(problem, 'vi')).toEqual([
      { path: '/body/draftingUnit', part: 'body', name: ['draftingUnit'], message: draftingUnit.message },
      {
        path: '/body/recipients/0/agencyId',
        part: 'body',
        name: ['recipients', 0, 'agencyId'],
        message: recipient.message,
      },
      { path: '/querystring/to', part: 'querystring', name: ['to'], message: query.message },
    ]);
    expect(fieldErrorsOf(problem, 'en')[0]!.message).toBe(draftingUnit.messageEn);
    expect(fieldErrorsOf(new ApiProblem({ status: 0, clientCode: 'NETWORK_ERROR' }), 'vi')).toEqual([]);
  });
});

describe('placing field errors on a form', () => {
  const fields = new Set([
    JSON.stringify(['draftingUnit']),
    JSON.stringify(['recipients']),
    JSON.stringify(['certificateId']),
  ]);
  const isField = (name: (string | number)[]) => fields.has(JSON.stringify(name));

  it('puts each error on its field, a nested one on the field holding it, and keeps the rest for the alert', () => {
    const other = { ...draftingUnit, path: '/body/replacesId', field: 'replacesId', message: 'Khác' };
    const result = placeFieldErrors({
      errors: fieldErrorsOf(problemWith([draftingUnit, recipient, query, other]), 'vi'),
      isField,
    });
    expect(result.placed).toEqual([
      { name: ['draftingUnit'], errors: [draftingUnit.message] },
      { name: ['recipients'], errors: [recipient.message] },
    ]);
    expect(result.placedPaths).toEqual(['/body/draftingUnit', '/body/recipients/0/agencyId']);
    expect(result.unplaced.map((e) => e.path)).toEqual(['/querystring/to', '/body/replacesId']);
  });

  it('follows the form’s own names where they differ from the API’s, and null keeps an error off the form', () => {
    const certificate = {
      path: '/body/organisationCertificateId',
      field: 'organisationCertificateId',
      message: 'Chứng thư số của cơ quan không được để trống',
      messageEn: 'required',
    };
    const result = placeFieldErrors({
      errors: fieldErrorsOf(problemWith([certificate, draftingUnit]), 'vi'),
      isField,
      toField: (e) =>
        e.name[0] === 'organisationCertificateId'
          ? ['certificateId']
          : e.name[0] === 'draftingUnit'
            ? null
            : undefined,
    });
    expect(result.placed).toEqual([{ name: ['certificateId'], errors: [certificate.message] }]);
    expect(result.unplaced.map((e) => e.path)).toEqual(['/body/draftingUnit']);
  });

  it('merges two messages about one field without repeating one', () => {
    const short = { ...draftingUnit, path: '/body/password', field: 'password', message: 'Quá ngắn' };
    const named = { ...short, message: 'Chứa tên đăng nhập' };
    const result = placeFieldErrors({
      errors: fieldErrorsOf(problemWith([short, named, short]), 'vi'),
      isField: (name) => name[0] === 'password',
    });
    expect(result.placed).toEqual([{ name: ['password'], errors: ['Quá ngắn', 'Chứa tên đăng nhập'] }]);
  });

  it('gives the portal’s plain forms one message per field key', () => {
    const taken = {
      path: '/body/personalId',
      field: 'personalId',
      message: 'Số định danh cá nhân này đã có tài khoản',
      messageEn: 'An account already exists',
    };
    const result = fieldMessagesByKey({
      errors: fieldErrorsOf(problemWith([taken, query]), 'vi'),
      keys: ['personalId', 'fullName', 'password'],
    });
    expect(result.messages).toEqual({ personalId: taken.message });
    expect(result.placedPaths).toEqual(['/body/personalId']);
    expect(result.unplaced.map((e) => e.path)).toEqual(['/querystring/to']);
  });
});
