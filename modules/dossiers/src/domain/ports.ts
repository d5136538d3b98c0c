import type { ProcedureStep } from './workflow.ts';

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
  /**
   * True when the component is an e-form filled in with answers, false when it is handed in as a file
   * (copies, plans, an authorisation); absent in snapshots taken before the catalogue said so.
   */
  form?: boolean;
  /** How many files at most for this component (default 5). */
  maxFiles?: number;
  /** The e-form's questions in order (tờ khai), so officials read the answers under their titles. */
  fields?: DeclarationField[];
}

/** One question of a component's e-form. */
export interface DeclarationField {
  key: string;
  title: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  format?: 'date';
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
  /**
   * A fully online service today (Decree 42/2022 "toàn trình", Decree 43/2011 level 4): the result is
   * delivered online, so returning one needs the result file (or an explicit note that it is on paper).
   */
  fullyOnline?: boolean;
  /** Internal steps; two default steps (specialist review, leader approval) when absent. */
  steps?: ProcedureStep[];
  /** The days the procedure is in force (YYYY-MM-DD, last day included); unbounded when absent. */
  validFrom?: string;
  validTo?: string | null;
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
  /** Absent in dossiers received before it was recorded: then level 4 means fully online. */
  fullyOnline?: boolean;
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
