import { errorResponses, type HttpApp, Type } from '@openprovince/platform';
import {
  DOSSIER_PERMISSIONS,
  HISTORIC_IMPORT_MAX,
  HistoricImportBodySchema,
  HistoricImportResultSchema,
} from '../contracts/index.ts';
import type { DossierDeps } from '../deps.ts';
import { importHistoricDossiers } from '../use-cases/import-historic-dossiers.ts';

/** About 2 KB a dossier with its history, at most HISTORIC_IMPORT_MAX dossiers a request. */
const IMPORT_BODY_LIMIT = HISTORIC_IMPORT_MAX * 2_048;

/** Historic dossiers from a previous system (the CLI `openprovince dossiers import` does the same). */
export function historicImportRoutes(deps: DossierDeps) {
  return async function register(app: HttpApp): Promise<void> {
    app.post(
      '/api/dossier-imports',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        config: { access: { permission: DOSSIER_PERMISSIONS.import } },
        schema: {
          tags: ['dossiers'],
          summary:
            'Nhập hồ sơ lịch sử từ hệ thống cũ (cần Idempotency-Key) / Import historic dossiers from a previous system (Idempotency-Key required)',
          headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String()) }),
          body: HistoricImportBodySchema,
          response: { 200: HistoricImportResultSchema, 201: HistoricImportResultSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const key = request.headers['idempotency-key'];
        const result = await importHistoricDossiers(
          deps,
          { actor: request.actor, requestId: request.id, ip: request.ip },
          { importKey: Array.isArray(key) ? key[0] : key, body: request.body },
        );
        return reply.code(result.replayed ? 200 : 201).send(result);
      },
    );
  };
}
