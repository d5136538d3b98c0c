import type { HttpApp } from '@openprovince/platform';
import type { DocumentDeps } from '../deps.ts';
import { copyRoutes } from './copies.routes.ts';
import { outgoingRoutes } from './documents.routes.ts';
import { incomingRoutes } from './incoming.routes.ts';
import { registerRoutes } from './registers.routes.ts';

/**
 * Every route of the documents module: /api/documents, /api/incoming-documents, /api/directives,
 * /api/document-registers, /api/document-files, /api/document-stats, /api/edxml, the copies.
 */
export function documentRoutes(deps: DocumentDeps) {
  return async (app: HttpApp): Promise<void> => {
    await outgoingRoutes(deps)(app);
    await incomingRoutes(deps)(app);
    await copyRoutes(deps)(app);
    await registerRoutes(deps)(app);
  };
}
