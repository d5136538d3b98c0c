/** Browser-safe: the web app imports `@openprovince/starter-kit/contracts` (schemas, permissions). */
export * from './note.ts';
export * from './permissions.ts';
