import { readFile } from 'node:fs/promises';
import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { buildGeographyDataset, validateDataset } from '../domain/dataset.ts';
import { type UnitChange, type UnitVersion, versionKey } from '../domain/model.ts';
import { boundariesFilePath, DATA_SOURCES } from '../domain/reference-data.ts';
import { canLoadGeography } from '../policies.ts';
import {
  findAllUnits,
  insertUnits,
  lockGeographyLoad,
  updateUnit,
} from '../repositories/administrative-unit.repository.ts';
import { findAllChanges, insertChanges, updateChange } from '../repositories/unit-change.repository.ts';

export interface GeographySeedReport {
  unitsInserted: number;
  unitsUpdated: number;
  changesInserted: number;
  changesUpdated: number;
}

/** Official areas of the 2025 units, as published with their boundaries. */
async function readAreas(): Promise<Map<string, number>> {
  const collection = JSON.parse(await readFile(boundariesFilePath(), 'utf8')) as {
    features: { properties: { code?: string; areaKm2?: number } }[];
  };
  const areas = new Map<string, number>();
  for (const f of collection.features) {
    if (f.properties.code && typeof f.properties.areaKm2 === 'number')
      areas.set(f.properties.code, f.properties.areaKm2);
  }
  return areas;
}

function changeKey(c: UnitChange): string {
  return `${c.fromCode}@${c.fromValidFrom}>${c.toCode}@${c.toValidFrom}`;
}

function sameFields<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((k) => a[k] === b[k]);
}

/**
 * Loads the reference files into the database. Idempotent: a second run changes nothing and writes no
 * audit record; a corrected data file updates the rows it changes. Rows not in the files are left alone
 * (history is never deleted by a reload). One transaction, one audit record.
 */
export async function seedGeography(db: Db, ctx: RequestContext): Promise<GeographySeedReport> {
  authorize(ctx.actor, canLoadGeography, undefined);
  const dataset = buildGeographyDataset({ areasKm2: await readAreas() });
  const problems = validateDataset(dataset);
  if (problems.length > 0) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: `Dữ liệu địa giới hành chính không nhất quán: ${problems.slice(0, 5).join('; ')}`,
      detailEn: `The administrative-geography data is inconsistent: ${problems.slice(0, 5).join('; ')}`,
    });
  }
  return db.transaction(async (tx) => {
    await lockGeographyLoad(tx);
    const report: GeographySeedReport = {
      unitsInserted: 0,
      unitsUpdated: 0,
      changesInserted: 0,
      changesUpdated: 0,
    };

    const existingUnits = new Map((await findAllUnits(tx)).map((u) => [versionKey(u), u]));
    const newUnits: UnitVersion[] = [];
    for (const unit of dataset.units) {
      const existing = existingUnits.get(versionKey(unit));
      if (!existing) newUnits.push(unit);
      else if (!sameFields(unit, existing)) {
        await updateUnit(tx, unit);
        report.unitsUpdated++;
      }
    }
    await insertUnits(tx, newUnits);
    report.unitsInserted = newUnits.length;

    const existingChanges = new Map((await findAllChanges(tx)).map((c) => [changeKey(c), c]));
    const newChanges: UnitChange[] = [];
    for (const change of dataset.changes) {
      const existing = existingChanges.get(changeKey(change));
      if (!existing) newChanges.push(change);
      else if (!sameFields(change, existing)) {
        await updateChange(tx, change);
        report.changesUpdated++;
      }
    }
    await insertChanges(tx, newChanges);
    report.changesInserted = newChanges.length;

    if (report.unitsInserted + report.unitsUpdated + report.changesInserted + report.changesUpdated > 0) {
      await recordAudit(tx, ctx, {
        action: 'geography.dataset.load',
        objectType: 'administrative_unit',
        summary: {
          ...report,
          sources: [DATA_SOURCES.units2021.file, DATA_SOURCES.units2025.file, DATA_SOURCES.mapping.file],
        },
      });
    }
    return report;
  });
}
