import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { type LookupResult, lookupDossier } from '../api/dossiers.api.ts';
import { StateName } from './state-name.tsx';

/** Look a dossier up by its code and the applicant's phone number, without signing in. */
export function DossierLookup({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<'code' | 'phone' | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [result, setResult] = useState<LookupResult | null>(null);
  const [isLoading, setIsLoading] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const c = code.trim();
    const p = phone.replace(/[\s.]/g, '');
    if (c.length < 5) return setError('code');
    if (p.length < 9) return setError('phone');
    setError(null);
    setIsLoading(true);
    setProblem(null);
    setResult(null);
    try {
      setResult(await lookupDossier(c, p));
    } catch (e) {
      setProblem(e instanceof ApiProblem ? e : toApiProblem(e));
    } finally {
      setIsLoading(false);
    }
  }

  return (
    <>
      <form onSubmit={submit} noValidate className="op-stack">
        <div className={error === 'code' ? 'op-form-group has-error' : 'op-form-group'}>
          <label htmlFor="lookup-code" className="op-field-label">
            {t('lookup.code')}
          </label>
          <p id="lookup-code-hint" className="op-hint">
            {t('lookup.codeHint')}
          </p>
          {error === 'code' ? (
            <p id="lookup-code-error" className="op-error-message" role="alert">
              {t('lookup.codeError')}
            </p>
          ) : null}
          <input
            id="lookup-code"
            className="op-input op-input-medium"
            value={code}
            spellCheck={false}
            autoCapitalize="characters"
            onChange={(e) => setCode(e.target.value)}
            aria-invalid={error === 'code' ? true : undefined}
            aria-describedby={error === 'code' ? 'lookup-code-hint lookup-code-error' : 'lookup-code-hint'}
          />
        </div>
        <div className={error === 'phone' ? 'op-form-group has-error' : 'op-form-group'}>
          <label htmlFor="lookup-phone" className="op-field-label">
            {t('lookup.phone')}
          </label>
          {error === 'phone' ? (
            <p id="lookup-phone-error" className="op-error-message" role="alert">
              {t('lookup.phoneError')}
            </p>
          ) : null}
          <input
            id="lookup-phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            className="op-input op-input-medium"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            aria-invalid={error === 'phone' ? true : undefined}
            aria-describedby={error === 'phone' ? 'lookup-phone-error' : undefined}
          />
        </div>
        <div className="op-actions">
          <button
            type="submit"
            className="op-button op-button-primary"
            aria-disabled={isLoading}
            data-testid="lookup-submit"
          >
            {t('lookup.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {problem ? <ProblemAlert problem={problem} /> : null}
        {result ? (
          <section
            className="op-panel op-lookup-result"
            data-testid="lookup-result"
            aria-labelledby="lookup-result-title"
          >
            <h2 id="lookup-result-title">{t('lookup.resultTitle', { code: result.code })}</h2>
            <dl className="op-summary-list">
              <div>
                <dt>{t('dossier.procedure')}</dt>
                <dd>{result.procedureName}</dd>
              </div>
              <div>
                <dt>{t('dossier.applicant')}</dt>
                <dd>{result.applicantInitials}</dd>
              </div>
              <div>
                <dt>{t('dossier.state')}</dt>
                <dd data-testid="lookup-state">
                  <StateName state={result.state} vi={result.stateName} en={result.stateNameEn} />
                </dd>
              </div>
              <div>
                <dt>{t('dossier.submittedAt')}</dt>
                <dd>{formatDateTime(result.submittedAt)}</dd>
              </div>
              <div>
                <dt>{t('dossier.dueAt')}</dt>
                <dd>{result.dueAt ? formatDateTime(result.dueAt) : t('dossier.noDueYet')}</dd>
              </div>
              {result.finishedAt ? (
                <div>
                  <dt>{t('dossier.finishedAt')}</dt>
                  <dd>{formatDate(result.finishedAt)}</dd>
                </div>
              ) : null}
              {result.resultDelivery ? (
                <div>
                  <dt>{t('lookup.resultDelivery.label')}</dt>
                  <dd data-testid="lookup-result-delivery">
                    {t(`lookup.resultDelivery.${result.resultDelivery}`)}
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
        ) : null}
      </div>
    </>
  );
}
