/**
 * @openprovince/registers: the register kit every register module builds on — server-paged lists with
 * search without diacritics, Excel import and export with row-level errors, change history per record in
 * the audit log.
 */
export * from './excel.ts';
export * from './history.ts';
export * from './list.ts';
export * from './search.ts';
