import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { CounterForm } from '../modules/dossiers/components/counter-form.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { fetchProcedure, searchProcedures } from '../modules/services/api/procedures.api.ts';
import { PageHeading } from '../ui/page-heading.tsx';

export default function CounterPage() {
  const { t } = useTranslation();
  const session = useSession();
  const agencyId = session.me?.agency?.id;
  const [procedureId, setProcedureId] = useState<string | null>(null);
  const procedure = useApiQuery(procedureId, (signal) => fetchProcedure(procedureId!, signal));
  return (
    <>
      <PageHeading intro={t('counter.intro')}>{t('counter.title')}</PageHeading>
      <CounterForm
        search={async (q) =>
          (await searchProcedures({ q, limit: 20, ...(agencyId ? { agencyId } : {}) })).items
        }
        procedure={procedureId ? (procedure.data ?? null) : null}
        onProcedure={setProcedureId}
        dossierHref={ROUTES.officeDossier}
      />
    </>
  );
}
