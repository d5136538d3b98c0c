import type { Db } from '@openprovince/db';
import type { CatalogueProcedure, FieldProblem, ProcedureCatalogue } from '@openprovince/dossiers';
import type { Now } from '@openprovince/platform/time';
import { localDateOf } from '@openprovince/platform/time';
import { servicesApi } from '@openprovince/services';

/**
 * The dossiers module's view of the procedure catalogue, over the services module's door. The composition
 * root owns this translation so that neither module knows the other.
 */
export function procedureCatalogue(input: { db: Db; now: Now }): ProcedureCatalogue {
  const { db, now } = input;
  return {
    async getProcedureForDossier(procedureId: string): Promise<CatalogueProcedure | undefined> {
      // The catalogue as it stands today in the province (service level in force, steps).
      const p = await servicesApi.getProcedure(db, { idOrCode: procedureId, asOf: localDateOf(now()) });
      if (!p) return undefined;
      // Statistics count dossiers by the Decree 43/2011 level (as the 2021 report does): take the last one
      // recorded, which for current procedures is the level they had when Decree 42/2022 replaced the scheme.
      const decree43 = p.serviceLevelHistory.filter((l) => l.scheme === 'decree43').at(-1);
      return {
        id: p.id,
        nationalCode: p.nationalCode,
        name: p.name,
        agencyId: p.agencyId,
        timeLimit: p.timeLimit,
        ...(p.onlineTimeLimit ? { onlineTimeLimit: p.onlineTimeLimit } : {}),
        fees: p.fees.map((f) => ({ name: f.name, amount: f.amountVnd })),
        components: p.components.map((c) => ({
          key: c.key,
          name: c.name,
          required: c.required,
          form: c.formSchema !== null,
          ...(c.formSchema
            ? {
                fields: Object.entries(c.formSchema.properties).map(([key, f]) => ({
                  key,
                  title: f.title,
                  type: f.type,
                  ...(f.format ? { format: f.format } : {}),
                })),
              }
            : {}),
        })),
        ...(decree43 ? { serviceLevel: Number(decree43.level) } : {}),
        // The level in force today decides how the result is delivered (Decree 42/2022 Art. 11(1)(a)).
        fullyOnline: p.serviceLevel?.level === 'full' || p.serviceLevel?.level === '4',
        validFrom: p.validFrom,
        validTo: p.validTo,
        // The catalogue's internal steps; none recorded = the dossiers module's default steps.
        ...(p.steps.length
          ? {
              steps: p.steps.map((s) => ({
                key: s.key,
                name: s.name,
                role: s.role,
                hours: s.hours,
                ...(s.agencyId ? { agencyId: s.agencyId } : {}),
              })),
            }
          : {}),
        validate(answers: Record<string, unknown>): FieldProblem[] {
          const problems: FieldProblem[] = [];
          const known = new Set(p.components.map((c) => c.key));
          for (const key of Object.keys(answers)) {
            if (!known.has(key))
              problems.push({
                path: `/answers/${key}`,
                message: 'Thành phần không có trong thủ tục',
                messageEn: 'The procedure has no such component',
              });
          }
          for (const c of p.components) {
            if (!c.formSchema) continue;
            const given = answers[c.key];
            const record = given && typeof given === 'object' ? (given as Record<string, unknown>) : {};
            for (const e of servicesApi.validateAnswers({
              schema: c.formSchema,
              answers: record,
              path: `/answers/${c.key}`,
            })) {
              problems.push({ path: e.path, message: e.message, messageEn: e.messageEn });
            }
          }
          return problems;
        },
      };
    },
  };
}
