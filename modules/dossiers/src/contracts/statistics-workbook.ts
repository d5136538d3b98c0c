import { type Static, Type } from '@openprovince/platform/schema';

/**
 * One cell of a table as the dashboard shows it: a number kept as a number, empty (null), or text. The
 * platform's validator coerces types branch by branch: a union starting with text would turn 7 into "7",
 * one with a separate null branch would turn 0 into null (or null into 0); a nullable number first, then
 * text, keeps every value as sent (a type list would do too, but strict mode warns about it).
 */
const Cell = Type.Union([
  Type.Unsafe<number | null>({ type: 'number', nullable: true }),
  Type.String({ maxLength: 2000 }),
]);

/**
 * The dashboard's tables to write as one Excel workbook, a sheet each: the first row is the header. The
 * browser sends what it shows (agency names, filters and language applied); the server writes the file
 * with exceljs, so no hand-written OOXML remains in the web app.
 */
export const StatsWorkbookBodySchema = Type.Object(
  {
    fileName: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.xlsx$' }),
    sheets: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 100 }),
          rows: Type.Array(Type.Array(Cell, { maxItems: 50 }), { minItems: 1, maxItems: 5000 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 10 },
    ),
  },
  { additionalProperties: false },
);
export type TStatsWorkbookBody = Static<typeof StatsWorkbookBodySchema>;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
