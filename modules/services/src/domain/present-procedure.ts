import type {
  ImplementingLevel,
  ResultType,
  ServiceLevelScheme,
  ServiceLevelValue,
  TComponent,
  TFeeLine,
  TFormSchema,
  TimeLimitUnit,
  TProcedure,
  TProcedureStep,
  TProcedureSummary,
  TServiceLevelPeriod,
} from '../contracts/index.ts';
import type {
  ComponentRow,
  FeeLineRow,
  ProcedureRow,
  ServiceLevelRow,
} from '../repositories/procedure.repository.ts';
import { periodAt } from './service-levels.ts';

/** Response shapes are whitelists: the search key and timestamps stay inside the module. */
export function presentLevel(row: ServiceLevelRow): TServiceLevelPeriod {
  return {
    scheme: row.scheme as ServiceLevelScheme,
    level: row.level as ServiceLevelValue,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
  };
}

export function presentSummary(
  row: ProcedureRow,
  fieldName: string,
  level: ServiceLevelRow | null | undefined,
  agencyName: string | null,
): TProcedureSummary {
  return {
    id: row.id,
    nationalCode: row.nationalCode,
    name: row.name,
    fieldId: row.fieldId,
    fieldName,
    agencyId: row.agencyId,
    agencyName,
    implementingLevel: row.implementingLevel as ImplementingLevel,
    timeLimit: { amount: row.timeLimitAmount, unit: row.timeLimitUnit as TimeLimitUnit },
    onlineTimeLimit:
      row.onlineTimeLimitAmount !== null && row.onlineTimeLimitUnit !== null
        ? { amount: row.onlineTimeLimitAmount, unit: row.onlineTimeLimitUnit as TimeLimitUnit }
        : null,
    publishedNationally: row.publishedNationally,
    serviceLevel: level ? presentLevel(level) : null,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

export function presentFee(row: FeeLineRow): TFeeLine {
  return { name: row.name, amountVnd: row.amountVnd, note: row.note };
}

export function presentComponent(row: ComponentRow): TComponent {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    originals: row.originals,
    copies: row.copies,
    required: row.required,
    formSchema: (row.formSchema as TFormSchema | null) ?? null,
    templateFileName: row.templateFileName,
  };
}

export function presentProcedure(input: {
  row: ProcedureRow;
  fieldName: string;
  agencyName: string | null;
  oneStopSection: string | null;
  fees: FeeLineRow[];
  components: ComponentRow[];
  levels: ServiceLevelRow[];
  asOf: string;
}): TProcedure {
  const { row } = input;
  const fees = input.fees.map(presentFee);
  return {
    ...presentSummary(row, input.fieldName, periodAt(input.levels, input.asOf), input.agencyName),
    resultType: row.resultType as ResultType,
    resultName: row.resultName,
    conditions: row.conditions,
    legalBasis: row.legalBasis,
    fees,
    totalFeeVnd: fees.reduce((sum, f) => sum + f.amountVnd, 0),
    components: input.components.map(presentComponent),
    serviceLevelHistory: input.levels.map(presentLevel),
    steps: (row.steps as TProcedureStep[] | null) ?? [],
    oneStopSection: input.oneStopSection,
    version: row.version,
  };
}
