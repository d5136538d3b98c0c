import { AppError } from '@openprovince/platform';
import type { TCreateOutgoingBody } from '../contracts/index.ts';
import { isTypeCode, LEGAL_TYPE_CODES } from '../domain/number-symbol.ts';

/** The combination rules of Decree 30 Art. 7–8 and Law 80/2015 for a draft's kind and type. */
export function validateKindAndType(input: {
  kind: TCreateOutgoingBody['kind'];
  typeCode?: string | null;
  isLegal?: boolean;
  draftingUnit?: string | null;
}): void {
  const fail = (detail: string, detailEn: string, path: string) => {
    throw new AppError('VALIDATION_FAILED', { detail, detailEn, errors: [{ path, message: detailEn }] });
  };
  const type = input.typeCode?.normalize('NFC');
  if (type && !isTypeCode(type))
    fail(`Không có loại văn bản "${type}"`, `Unknown document type ${type}`, '/typeCode');
  if (input.kind === 'official_letter') {
    if (type)
      fail(
        'Công văn không có chữ viết tắt tên loại',
        'An official letter has no type abbreviation',
        '/typeCode',
      );
    if (!input.draftingUnit) {
      fail(
        'Công văn cần đơn vị soạn thảo (ví dụ TTBCXB)',
        'An official letter needs its drafting unit',
        '/draftingUnit',
      );
    }
  } else if (!type) {
    fail('Cần chọn loại văn bản', 'A document type is required', '/typeCode');
  }
  if (
    (input.isLegal || input.kind === 'legal') &&
    !(LEGAL_TYPE_CODES as readonly string[]).includes(type ?? '')
  ) {
    fail(
      'Văn bản quy phạm pháp luật của tỉnh là Nghị quyết (NQ) hoặc Quyết định (QĐ)',
      'A provincial normative legal document is a resolution (NQ) or a decision (QĐ)',
      '/typeCode',
    );
  }
}
