import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { newId, type RequestContext } from '@openprovince/platform';
import { procedureSearchText, stepsWithin } from '../internal/checks.ts';
import { insertFields } from '../repositories/field.repository.ts';
import {
  countProcedures,
  insertProcedureBatch,
  type NewComponentRow,
  type NewFeeLineRow,
  type NewProcedureRow,
  type NewServiceLevelRow,
} from '../repositories/procedure.repository.ts';
import { buildDemoCatalogue, DEMO_ASSUMPTIONS, REPORT_2021 } from './demo-catalogue.ts';
import { DEMO_FIELDS } from './demo-fields.ts';

export interface SeedServicesReport {
  fieldsCreated: number;
  proceduresCreated: number;
  /** True when the catalogue already had procedures and nothing was written. */
  skipped: boolean;
  milliseconds: number;
}

/**
 * Loads the demo catalogue (1,858 procedures in the report's structure, see demo-catalogue.ts) in one
 * transaction with batched inserts and one summary audit record. `agencyIdByKey` maps the identity demo
 * directory's keys (departments 'stttt', 'stp', 'skhdt'…, 'ubnd-huyen-<code>', 'ubnd-xa-<code>') to
 * agency ids; the caller (the composition root) builds it, so this module does not read identity's
 * tables. Does nothing if the catalogue is not empty.
 */
export async function seedServicesDemo(
  db: Db,
  ctx: RequestContext,
  input: { agencyIdByKey: ReadonlyMap<string, string> | Readonly<Record<string, string>> },
): Promise<SeedServicesReport> {
  const started = Date.now();
  const ids =
    input.agencyIdByKey instanceof Map
      ? (input.agencyIdByKey as ReadonlyMap<string, string>)
      : new Map(Object.entries(input.agencyIdByKey));
  return db.transaction(async (tx) => {
    if ((await countProcedures(tx)) > 0) {
      return { fieldsCreated: 0, proceduresCreated: 0, skipped: true, milliseconds: Date.now() - started };
    }
    const catalogue = buildDemoCatalogue([...ids.keys()]);
    const fieldRows = await insertFields(
      tx,
      DEMO_FIELDS.map((f, sortOrder) => ({
        id: newId(),
        code: f.code,
        name: f.name,
        nameEn: f.nameEn,
        sortOrder,
      })),
    );
    const fieldId = new Map(fieldRows.map((f) => [f.code, f.id]));
    const procedures: NewProcedureRow[] = [];
    const fees: NewFeeLineRow[] = [];
    const components: NewComponentRow[] = [];
    const levels: NewServiceLevelRow[] = [];
    for (const p of catalogue) {
      const agencyId = ids.get(p.agencyKey);
      if (!agencyId) throw new Error(`demo catalogue: no agency id for key ${p.agencyKey}`);
      const id = newId();
      procedures.push({
        id,
        nationalCode: p.nationalCode,
        name: p.name,
        searchText: procedureSearchText(p),
        fieldId: fieldId.get(p.fieldCode)!,
        agencyId,
        implementingLevel: p.implementingLevel,
        timeLimitAmount: p.timeLimit.amount,
        timeLimitUnit: p.timeLimit.unit,
        onlineTimeLimitAmount: p.onlineTimeLimit?.amount ?? null,
        onlineTimeLimitUnit: p.onlineTimeLimit?.unit ?? null,
        resultType: p.resultType,
        resultName: p.resultName,
        conditions: null,
        legalBasis: p.legalBasis,
        publishedNationally: p.publishedNationally,
        validFrom: DEMO_ASSUMPTIONS.catalogueFrom,
        validTo: null,
        // Procedures due within a day or a few hours get steps that fit (the catalogue's own rule).
        steps: stepsWithin(p.timeLimit),
      });
      p.fees.forEach((f, position) => {
        fees.push({ procedureId: id, position, name: f.name, amountVnd: f.amountVnd, note: f.note });
      });
      p.components.forEach((c, position) => {
        components.push({ procedureId: id, position, ...c });
      });
      for (const l of p.serviceLevels) levels.push({ procedureId: id, ...l });
    }
    await insertProcedureBatch(tx, { procedures, fees, components, levels });
    await recordAudit(tx, ctx, {
      action: 'services.catalogue.import',
      objectType: 'procedure',
      summary: {
        source: 'demo catalogue (structure of the Sở TT&TT Trà Vinh 2021 report)',
        fields: fieldRows.length,
        procedures: procedures.length,
        report: REPORT_2021,
        assumptions: DEMO_ASSUMPTIONS,
      },
    });
    return {
      fieldsCreated: fieldRows.length,
      proceduresCreated: procedures.length,
      skipped: false,
      milliseconds: Date.now() - started,
    };
  });
}
