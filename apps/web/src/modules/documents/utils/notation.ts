/**
 * The symbol a draft will carry once the clerk numbers it (Decree 30/2020, Appendix I, II.3), for the
 * draft form's preview: a công văn `…/STTTT-VP` (agency and drafting unit), any other type
 * `…/KH-STTTT` with the drafting unit after the agency when one is given (`…/KH-STTTT-VP`).
 */
export function notationPreview(input: { typeCode: string; agency: string; draftingUnit: string }): string {
  const unit = input.draftingUnit ? `-${input.draftingUnit}` : '';
  const type = input.typeCode ? `${input.typeCode}-` : '';
  return `…/${type}${input.agency}${unit}`;
}

/** What a person types into the drafting-unit field, as the symbol prints it: capitals, no spaces. */
export function normaliseDraftingUnit(value: string): string {
  return value.normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/g, '');
}
