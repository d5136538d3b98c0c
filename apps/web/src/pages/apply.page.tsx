import { useNavigate, useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { ApplyWizard } from '../modules/dossiers/components/apply-wizard.tsx';
import { fetchProcedure } from '../modules/services/api/procedures.api.ts';
import { Loading } from '../ui/loading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function ApplyPage() {
  const { id = '', step } = useParams();
  const navigate = useNavigate();
  const query = useApiQuery(id, (signal) => fetchProcedure(id, signal));
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  return (
    <ApplyWizard
      procedure={query.data}
      step={step}
      stepHref={(s) => ROUTES.apply(query.data!.id, s)}
      startHref={ROUTES.procedure(query.data.id)}
      onSubmitted={(dossier) => navigate(ROUTES.submitted(dossier.id), { replace: true })}
    />
  );
}
