/**
 * @openprovince/documents: clerical work of Decree 30/2020/NĐ-CP — registers and gap-free numbering,
 * outgoing and incoming flows, directives, recall, files — and exchange between agencies as edXML
 * packages (QCVN 102:2016/BTTTT). Signing goes through the DocumentSigner port (pki module).
 *
 * The door: the narrow api, the contracts, and what the composition root (apps/api) wires — deps, routes,
 * jobs and the demo seed — until the module manifest carries them.
 */
export { documentsApi } from './api.ts';
export * from './contracts/index.ts';
export {
  createDocumentDeps,
  type DocumentDeps,
  type DocumentSigner,
  type ExchangeKeys,
  generateExchangeKeys,
  type PdfSignatureInfo,
  type SignatureAppearance,
} from './deps.ts';
export { documentsModule } from './module.ts';
export { documentRoutes } from './routes/document.routes.ts';
export { type SeedDocumentsReport, seedDocumentsDemo } from './seed/demo.ts';
/** The module's figures in the one statistics shape (dashboard, annual report). */
export { documentsStatistics } from './statistics.ts';
export { documentJobHandlers, type EdxmlTransport } from './use-cases/deliver-edxml.ts';
