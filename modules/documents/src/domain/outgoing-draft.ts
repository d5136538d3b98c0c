import { AppError } from '@openprovince/platform';
import type { TCreateOutgoingBody } from '../contracts/index.ts';
import { isTypeCode, LEGAL_TYPE_CODES } from './number-symbol.ts';

/** The combination rules of Decree 30 Art. 7–8 and Law 80/2015 for a draft's kind and type. */
export function validateKindAndType(input: {
  kind: TCreateOutgoingBody['kind'];
  typeCode?: string | null;
  isLegal?: boolean;
  draftingUnit?: string | null;
}): void {
  const fail = (message: string, messageEn: string, path: string) => {
    throw AppError.forField({ path, message, messageEn });
  };
  const type = input.typeCode?.normalize('NFC');
  if (type && !isTypeCode(type))
    fail(`Không có loại văn bản "${type}"`, `Unknown document type ${type}`, '/body/typeCode');
  if (input.kind === 'official_letter') {
    if (type)
      fail(
        'Công văn không có chữ viết tắt tên loại',
        'An official letter has no type abbreviation',
        '/body/typeCode',
      );
    if (!input.draftingUnit) {
      fail(
        'Công văn cần đơn vị soạn thảo: chữ viết tắt tên đơn vị, ví dụ VP trong số ký hiệu …/STTTT-VP',
        'An official letter needs its drafting unit: the unit’s abbreviation, e.g. VP in …/STTTT-VP',
        '/body/draftingUnit',
      );
    }
  } else if (!type) {
    fail('Cần chọn loại văn bản', 'A document type is required', '/body/typeCode');
  }
  if (
    (input.isLegal || input.kind === 'legal') &&
    !(LEGAL_TYPE_CODES as readonly string[]).includes(type ?? '')
  ) {
    fail(
      'Văn bản quy phạm pháp luật của tỉnh là Nghị quyết (NQ) hoặc Quyết định (QĐ)',
      'A provincial normative legal document is a resolution (NQ) or a decision (QĐ)',
      '/body/typeCode',
    );
  }
}
