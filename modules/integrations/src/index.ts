/**
 * @openprovince/integrations: outside systems behind adapters. First: the national public-service portal,
 * to which every dossier state change is reported in the national status vocabulary (issue 3). The door is
 * the manifest: dossiers reach it through the national-portal queue; schemas are in `/contracts`.
 */
export { integrationsModule } from './module.ts';
