/**
 * @openprovince/documents: clerical work of Decree 30/2020/NĐ-CP — registers and gap-free numbering,
 * outgoing and incoming flows, directives, recall, files — and exchange between agencies as edXML
 * packages (QCVN 102:2016/BTTTT). Signing goes through the DocumentSigner port (pki module).
 */
export * from './contracts/index.ts';
export {
  assertFreshReauthentication,
  createDocumentDeps,
  type DocumentDeps,
  type DocumentSigner,
  type ExchangeKeys,
  generateExchangeKeys,
  identityReauthenticate,
  type PdfSignatureInfo,
  REAUTHENTICATION_WINDOW_MS,
  type Reauthenticate,
  type SignatureAppearance,
} from './documents-deps.ts';
export {
  DOCUMENT_TYPE_CODES,
  DOCUMENT_TYPES,
  formatDocumentNumber,
  formatNotation,
  formatNumberSymbol,
  isTypeCode,
  LEGAL_TYPE_CODES,
  type NumberSymbol,
  type NumberSymbolKind,
  parseNumberSymbol,
  sameNumberSymbol,
} from './domain/number-symbol.ts';
export {
  allowedActions,
  INCOMING_FLOW,
  INCOMING_STATES,
  INCOMING_TERMINAL,
  type IncomingState,
  OUTGOING_FLOW,
  OUTGOING_STATES,
  OUTGOING_TERMINAL,
  type OutgoingState,
  STATUS_CODES,
  type StatusCode,
  transition,
} from './domain/workflow.ts';
export {
  BUSINESS_DOC_TYPES,
  buildDocumentEdxml,
  buildStatusEdxml,
  EDXML_NS,
  type EdxmlDocument,
  type EdxmlStatus,
  parseEdxml,
} from './edxml/edxml.ts';
export { signEdxml, verifyEdxml } from './edxml/edxml-signature.ts';
export { EDXML_DELIVER_QUEUE } from './internal/exchange.ts';
export { allocateNumber, seriesFor } from './internal/numbering.ts';
export { documentRoutes } from './routes/document.routes.ts';
export { type SeedDocumentsReport, seedDocumentsDemo } from './seed/seed-documents-demo.ts';
/** The module's figures in the one statistics shape (dashboard, annual report). */
export { documentsStatistics } from './statistics.ts';
export { changeOutgoingState } from './use-cases/change-outgoing-state.ts';
export { createDocumentCopy } from './use-cases/create-document-copy.ts';
export { createOutgoing } from './use-cases/create-outgoing.ts';
export { createRegister } from './use-cases/create-register.ts';
export { documentJobHandlers, type EdxmlTransport } from './use-cases/deliver-edxml.ts';
export { directIncoming } from './use-cases/direct-incoming.ts';
export { documentStatistics } from './use-cases/document-statistics.ts';
export { listEdxmlOutbox, takeEdxmlPackage } from './use-cases/edxml-outbox.ts';
export { exportEdxml } from './use-cases/export-edxml.ts';
export { createFileFolder, fileDocument, listFileFolders } from './use-cases/file-folders.ts';
export { getIncoming, getIncomingFile, listIncoming } from './use-cases/get-incoming.ts';
export { getOutgoing, getOutgoingFile, listOutgoing } from './use-cases/get-outgoing.ts';
export { handleIncoming } from './use-cases/handle-incoming.ts';
export { type ImportEdxmlResult, importEdxml } from './use-cases/import-edxml.ts';
export { issueOutgoing } from './use-cases/issue-outgoing.ts';
export { listDirectives } from './use-cases/list-directives.ts';
export { getDocumentCopyFile, listDocumentCopies } from './use-cases/list-document-copies.ts';
export { listDocumentStatuses } from './use-cases/list-document-statuses.ts';
export { listRegisterEntries, listRegisters } from './use-cases/list-registers.ts';
export { listReminders, type Reminder } from './use-cases/list-reminders.ts';
export { printRegister } from './use-cases/print-register.ts';
export { recallOutgoing } from './use-cases/recall-outgoing.ts';
export { receiveIncoming } from './use-cases/receive-incoming.ts';
export { reportDirectiveProgress } from './use-cases/report-directive-progress.ts';
export { signOutgoing } from './use-cases/sign-outgoing.ts';
export { updateOutgoing, uploadOutgoingFile } from './use-cases/update-outgoing.ts';
export { voidNumber } from './use-cases/void-number.ts';
