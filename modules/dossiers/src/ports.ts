import type { ProcedureStep } from './workflow/workflow.ts';

/**
 * What the dossiers module needs from the procedure catalogue (modules/services). A port, so that neither
 * module imports the other: the composition root passes an adapter over the services module.
 */
export interface TimeLimit {
  amount: number;
  unit: 'working_days' | 'calendar_days' | 'working_hours';
}

export interface ProcedureComponent {
  key: string;
  name: string;
  required: boolean;
  /** How many files at most for this component (default 5). */
  maxFiles?: number;
}

export interface FieldProblem {
  /** Inside the submission: `/answers/<component>/<field>`. */
  path: string;
  /** Vietnamese. */
  message: string;
  messageEn: string;
}

export interface CatalogueProcedure {
  id: string;
  /** National procedure code, e.g. 1.000948.000.00.00.H59. */
  nationalCode: string;
  name: string;
  agencyId: string;
  timeLimit: TimeLimit;
  /** A shorter limit for dossiers submitted online, when the procedure promises one. */
  onlineTimeLimit?: TimeLimit;
  fees: { name: string; amount: number }[];
  components: ProcedureComponent[];
  /** Online service level of Decree 43/2011 (2, 3, 4), kept for the statistics. */
  serviceLevel?: number;
  /** Internal steps; two default steps (specialist review, leader approval) when absent. */
  steps?: ProcedureStep[];
  /** Field errors of the applicant's answers (empty when valid). */
  validate(answers: Record<string, unknown>): FieldProblem[];
}

export interface ProcedureCatalogue {
  getProcedureForDossier(procedureId: string): Promise<CatalogueProcedure | undefined>;
}

/** The procedure as it stood at receipt, stored with the dossier. */
export interface ProcedureSnapshot {
  id: string;
  nationalCode: string;
  name: string;
  agencyId: string;
  timeLimit: TimeLimit;
  onlineTimeLimit: TimeLimit | null;
  fees: { name: string; amount: number }[];
  components: ProcedureComponent[];
  serviceLevel: number | null;
  steps: ProcedureStep[];
}

/**
 * Collects fees (modules/payments through the composition root). Called inside the transition's
 * transaction, so the payment request exists exactly when the dossier enters "payment requested".
 */
export interface FeeCollector {
  requestPayment(
    tx: import('@openprovince/db').Db,
    ctx: import('@openprovince/platform').RequestContext,
    input: { reference: string; agencyId: string; lines: { name: string; amount: number }[] },
  ): Promise<{ paymentId: string; paymentCode: string; amount: number; qrPayload: string }>;
}
