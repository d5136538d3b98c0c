/**
 * @openprovince/documents: clerical work of Decree 30/2020/NĐ-CP — registers and gap-free numbering,
 * outgoing and incoming flows, directives, recall, files — and exchange between agencies as edXML
 * packages (QCVN 102:2016/BTTTT). Signing goes through the DocumentSigner port (pki module).
 *
 * The door (issue 10 §3): the manifest, the narrow api, and the port type the composition root builds.
 * Schemas are in `/contracts`, test helpers in `/testing`.
 */
export { documentsApi } from './api.ts';
export type { DocumentSigner } from './deps.ts';
export { documentsModule } from './module.ts';
