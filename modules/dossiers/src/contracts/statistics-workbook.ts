import { type Static, Type } from '@openprovince/platform/schema';

/** One cell of a table as the dashboard shows it: text, a number kept as a number, or empty. */
const Cell = Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Null()]);

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
