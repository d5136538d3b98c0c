import { recordAudit } from '@openprovince/audit';
import { localDateOf } from '@openprovince/calendar';
import { isUniqueViolation } from '@openprovince/db';
import { type GeographyTimeline, loadGeographyTimeline } from '@openprovince/geography';
import { identityApi } from '@openprovince/identity';
import type { TAgency } from '@openprovince/identity/contracts';
import {
  AppError,
  authorize,
  type FieldError,
  isAppError,
  type RequestContext,
  schemaErrors,
} from '@openprovince/platform';
import {
  HistoricImportBodySchema,
  type THistoricDossier,
  type THistoricImportBody,
  type THistoricImportResult,
} from '../contracts/historic-import.ts';
import type { DossierDeps } from '../deps.ts';
import { applicantCommuneUnit } from '../domain/applicant-communes.ts';
import { contentHash } from '../domain/content-hash.ts';
import { parseDossierCode } from '../domain/dossier-code.ts';
import type { CatalogueProcedure, ProcedureSnapshot } from '../domain/ports.ts';
import { DEFAULT_STEPS } from '../domain/workflow.ts';
import { canImportDossiers } from '../policies.ts';
import type { DossierInsert } from '../repositories/dossier.repository.ts';
import {
  findDossiersByCodes,
  findImport,
  insertDossierRows,
  insertEventRows,
  insertImport,
  raiseSequence,
} from '../repositories/historic-import.repository.ts';
import { type EventInsert, replayHistory } from './replay-history.ts';

export interface ImportHistoricDossiersInput {
  /** The import's idempotency key (the Idempotency-Key header; the CLI derives it from the file). */
  importKey: string | undefined;
  body: THistoricImportBody;
  /** Checking each record, then writing each dossier (the CLI's progress bar). */
  onProgress?: (phase: 'checking' | 'writing', done: number, total: number) => void;
}

const KEY = /^[\w.:-]{8,128}$/;
/** At most this many row errors are listed; the count says how many there were. */
const MAX_LISTED_ERRORS = 200;

/** A field error's two sentences: Vietnamese beside the field, English for the API's other readers. */
const bilingual = (vi: string, en: string) => ({ message: vi, messageEn: en });

/** The procedure as the dossier keeps it (as submitDossier copies it at receipt). */
function snapshotOf(procedure: CatalogueProcedure, agencyId: string): ProcedureSnapshot {
  return {
    id: procedure.id,
    nationalCode: procedure.nationalCode,
    name: procedure.name,
    agencyId,
    timeLimit: procedure.timeLimit,
    onlineTimeLimit: procedure.onlineTimeLimit ?? null,
    fees: procedure.fees,
    components: procedure.components,
    serviceLevel: procedure.serviceLevel ?? null,
    steps: procedure.steps?.length ? procedure.steps : [...DEFAULT_STEPS],
  };
}

/** Within [from, to] (to included; absent bounds are open). */
const within = (date: string, from: string | null | undefined, to: string | null | undefined) =>
  (!from || date >= from) && (!to || date <= to);

/**
 * Imports dossiers of a previous system with their real history — receipt, each step (who, what, when),
 * supplement waits, result, return — so that a province's statistics and look-ups carry on across the
 * move. For the province's administrators (dossiers:import) and the system (CLI, demo seed).
 *
 * - Checked before anything is written, and written in one transaction: one wrong record and nothing is
 *   saved; the answer lists every wrong record by index and field, in Vietnamese and English (400; 422
 *   when a code was already imported with other content).
 * - Each history is replayed through the lifecycle's transition table (replay-history.ts); the due date is
 *   computed by the work calendar from the real receipt time, never taken from the file.
 * - Idempotent: the same import key and body answer the first result again (nothing written), another body
 *   422; a dossier code already imported with the same content is left as it is, with other content 422.
 * - Audited in the same transaction: one record per dossier and one for the import.
 */
export async function importHistoricDossiers(
  deps: DossierDeps,
  ctx: RequestContext,
  input: ImportHistoricDossiersInput,
): Promise<THistoricImportResult> {
  authorize(ctx.actor, canImportDossiers, undefined);
  if (!input.importKey) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
  const importKey: string = input.importKey;
  if (!KEY.test(importKey)) {
    throw new AppError('MALFORMED_REQUEST', {
      detail: 'Idempotency-Key phải dài 8–128 ký tự (chữ, số, . _ : -)',
      detailEn: 'Idempotency-Key must be 8–128 characters of letters, digits, . _ : -',
    });
  }
  // A file read by the CLI has had no HTTP validation: the same schema, the same field paths.
  const shapeErrors = schemaErrors(HistoricImportBodySchema, input.body, '/body');
  if (shapeErrors.length) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Tệp nhập không đúng cấu trúc; không hồ sơ nào được nhập',
      detailEn: 'The import does not have the expected structure; nothing was imported',
      errors: shapeErrors.slice(0, MAX_LISTED_ERRORS),
    });
  }
  const requestHash = contentHash(input.body);
  const replay = async (): Promise<THistoricImportResult | undefined> => {
    const earlier = await findImport(deps.db, importKey);
    if (!earlier) return undefined;
    if (earlier.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { ...(earlier.result as THistoricImportResult), replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const now = deps.now();
  const records = input.body.dossiers;
  const errors: FieldError[] = [];
  let conflicts = 0;
  const pathOf = (i: number) => `/body/dossiers/${i}`;

  // Codes: unique in the file; already here only as the same imported content.
  const existing = new Map(
    (
      await findDossiersByCodes(
        deps.db,
        records.map((r) => r.code),
      )
    ).map((d) => [d.code, d]),
  );
  const firstIndex = new Map<string, number>();
  const hashes = records.map((r) => contentHash(r));
  const skip = new Set<number>();
  const codeRefused = new Set<number>();
  records.forEach((r, i) => {
    const seen = firstIndex.get(r.code);
    if (seen !== undefined) {
      codeRefused.add(i);
      errors.push({
        path: `${pathOf(i)}/code`,
        ...bilingual(`Mã hồ sơ trùng với hồ sơ thứ ${seen}`, `The same code as dossier ${seen}`),
      });
      return;
    }
    firstIndex.set(r.code, i);
    const found = existing.get(r.code);
    if (!found) return;
    if (found.idempotencyScope === 'import' && found.requestHash === hashes[i]) {
      skip.add(i);
      return;
    }
    conflicts++;
    codeRefused.add(i);
    errors.push({
      path: `${pathOf(i)}/code`,
      ...(found.idempotencyScope === 'import'
        ? bilingual(
            'Mã hồ sơ đã được nhập với nội dung khác',
            'The code was already imported with different content',
          )
        : bilingual('Mã hồ sơ đã được dùng cho một hồ sơ khác', 'The code is used by another dossier')),
    });
  });

  const procedures = new Map<string, Promise<CatalogueProcedure | undefined>>();
  const agencies = new Map<string, Promise<TAgency | undefined>>();
  // Loaded once, and only when a record names its applicant's commune.
  let timeline: Promise<GeographyTimeline> | undefined;
  const agencyBy = (key: string, load: () => Promise<TAgency>) => {
    if (!agencies.has(key)) {
      agencies.set(
        key,
        load().catch((error: unknown) => {
          if (isAppError(error) && error.code === 'NOT_FOUND') return undefined;
          throw error;
        }),
      );
    }
    return agencies.get(key)!;
  };
  const prepared: { index: number; dossier: DossierInsert; events: EventInsert[] }[] = [];
  for (const [i, record] of records.entries()) {
    input.onProgress?.('checking', i + 1, records.length);
    if (skip.has(i) || codeRefused.has(i)) continue;
    const rowErrors = await checkRecord(i, record);
    errors.push(...rowErrors);
  }
  if (errors.length) {
    const wrong = new Set(errors.map((e) => e.path.split('/')[3])).size;
    throw new AppError(conflicts ? 'BUSINESS_RULE_VIOLATED' : 'VALIDATION_FAILED', {
      detail: `${wrong} hồ sơ có lỗi; không hồ sơ nào được nhập`,
      detailEn: `${wrong} dossier(s) have errors; nothing was imported`,
      errors: errors.slice(0, MAX_LISTED_ERRORS),
      extra: { wrongDossiers: wrong, errorCount: errors.length },
    });
  }

  const byState: Record<string, number> = {};
  for (const p of prepared) byState[p.dossier.state] = (byState[p.dossier.state] ?? 0) + 1;
  const result: THistoricImportResult = {
    importKey,
    replayed: false,
    total: records.length,
    created: prepared.length,
    unchanged: skip.size,
    byState,
    importedAt: now.toISOString(),
  };
  const actor = ctx.actor;
  try {
    await deps.db.transaction(async (tx) => {
      // First, so that a concurrent import with the same key waits here and then finds it.
      await insertImport(tx, {
        importKey,
        requestHash,
        importedAt: now,
        actorKind: actor.kind,
        actorId: actor.kind === 'official' ? actor.userId : null,
        actorName: actor.kind === 'official' ? actor.fullName : actor.kind === 'system' ? actor.name : null,
        dossierCount: prepared.length,
        result,
      });
      await insertDossierRows(
        tx,
        prepared.map((p) => p.dossier),
      );
      await insertEventRows(
        tx,
        prepared.flatMap((p) => p.events),
      );
      for (const [n, p] of prepared.entries()) {
        const parts = parseDossierCode(p.dossier.code);
        if (parts && parts.agencyCode === p.dossier.agencyCode) {
          await raiseSequence(tx, {
            agencyId: p.dossier.agencyId,
            day: parts.localDate,
            atLeast: parts.sequence,
          });
        }
        await recordAudit(tx, ctx, {
          action: 'dossier.import',
          objectType: 'dossier',
          objectId: p.dossier.id,
          agencyId: p.dossier.agencyId,
          summary: {
            code: p.dossier.code,
            state: p.dossier.state,
            events: p.events.length,
            receivedAt: p.dossier.receivedAt?.toISOString() ?? null,
            importKey,
          },
        });
        input.onProgress?.('writing', n + 1, prepared.length);
      }
      await recordAudit(tx, ctx, {
        action: 'dossier.import-batch',
        objectType: 'dossier_import',
        objectId: importKey,
        summary: { total: result.total, created: result.created, unchanged: result.unchanged, byState },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      // Another import with this key committed first: its answer. Or a code taken meanwhile: a conflict.
      const again = await replay();
      if (again) return again;
      throw new AppError('CONFLICT', {
        detail: 'Một số mã hồ sơ vừa được nhập bởi một lần nhập khác; vui lòng thử lại',
        detailEn: 'Some codes were just imported by another import; try again',
      });
    }
    throw error;
  }
  return result;

  async function checkRecord(i: number, record: THistoricDossier): Promise<FieldError[]> {
    const path = pathOf(i);
    const rowErrors: FieldError[] = [];
    if (!procedures.has(record.procedureCode)) {
      procedures.set(record.procedureCode, deps.catalogue.getProcedureForDossier(record.procedureCode));
    }
    const procedure = await procedures.get(record.procedureCode)!;
    if (!procedure) {
      return [
        {
          path: `${path}/procedureCode`,
          ...bilingual('Không có thủ tục này trong danh mục', 'No such procedure in the catalogue'),
        },
      ];
    }
    const agency = record.agencyCode
      ? await agencyBy(`code:${record.agencyCode}`, () =>
          identityApi.getAgencyByCode(deps.db, { code: record.agencyCode! }),
        )
      : await agencyBy(`id:${procedure.agencyId}`, () =>
          identityApi.getAgency(deps.db, { id: procedure.agencyId }),
        );
    if (!agency) {
      return [
        {
          path: `${path}/agencyCode`,
          ...bilingual('Không có cơ quan này trong danh bạ', 'No such agency in the directory'),
        },
      ];
    }
    const receiptDate = localDateOf(new Date(record.events[0]!.at));
    if (!within(receiptDate, procedure.validFrom, procedure.validTo)) {
      rowErrors.push({
        path: `${path}/procedureCode`,
        ...bilingual(
          `Thủ tục không có hiệu lực vào ngày tiếp nhận ${receiptDate}`,
          `The procedure was not in force on the receipt date ${receiptDate}`,
        ),
      });
    }
    if (!within(receiptDate, agency.validFrom, agency.validTo)) {
      rowErrors.push({
        path: `${path}/agencyCode`,
        ...bilingual(
          `Cơ quan không hoạt động vào ngày tiếp nhận ${receiptDate}`,
          `The agency did not exist on the receipt date ${receiptDate}`,
        ),
      });
    }
    const communeCode = record.applicant.communeCode;
    if (communeCode) {
      timeline ??= loadGeographyTimeline(deps.db, ctx);
      if (!applicantCommuneUnit(await timeline, { code: communeCode, date: receiptDate })) {
        rowErrors.push({
          path: `${path}/applicant/communeCode`,
          ...bilingual(
            `Không có xã, phường mã ${communeCode} vào ngày tiếp nhận ${receiptDate}`,
            `No commune with code ${communeCode} on the receipt date ${receiptDate}`,
          ),
        });
      }
    }
    if (rowErrors.length) return rowErrors;
    const replayed = await replayHistory(deps.db, {
      record,
      path,
      procedure: snapshotOf(procedure, agency.id),
      agency: { id: agency.id, code: agency.code },
      importKey,
      now,
      requestHash: hashes[i]!,
    });
    if (!replayed.ok) return replayed.errors;
    prepared.push({ index: i, dossier: replayed.dossier, events: replayed.events });
    return [];
  }
}
