import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { citizenLogin, type Me } from '../api/auth.api.ts';

/** Citizen sign-in with the 12-digit personal identification number (CCCD) and a password. Plain markup. */
export function CitizenLoginForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const [personalId, setPersonalId] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<'personalId' | 'password' | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const id = personalId.replace(/\s/g, '');
    if (!/^[0-9]{12}$/.test(id)) return setError('personalId');
    if (!password) return setError('password');
    setError(null);
    setIsSubmitting(true);
    setProblem(null);
    try {
      onSignedIn(await citizenLogin({ personalId: id, password }));
    } catch (e) {
      setProblem(e instanceof ApiProblem ? e : toApiProblem(e));
      setPassword('');
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="op-stack" data-testid="citizen-login-form">
      {problem ? <ProblemAlert problem={problem} /> : null}
      <div className={error === 'personalId' ? 'op-form-group has-error' : 'op-form-group'}>
        <label htmlFor="citizen-id" className="op-field-label">
          {t('citizen.personalId')}
        </label>
        <p id="citizen-id-hint" className="op-hint">
          {t('citizen.personalIdHint')}
        </p>
        {error === 'personalId' ? (
          <p id="citizen-id-error" className="op-error-message" role="alert">
            {t('citizen.personalIdError')}
          </p>
        ) : null}
        <input
          id="citizen-id"
          className="op-input op-input-medium"
          inputMode="numeric"
          autoComplete="username"
          value={personalId}
          onChange={(e) => setPersonalId(e.target.value)}
          aria-invalid={error === 'personalId' ? true : undefined}
          aria-describedby={error === 'personalId' ? 'citizen-id-hint citizen-id-error' : 'citizen-id-hint'}
        />
      </div>
      <div className={error === 'password' ? 'op-form-group has-error' : 'op-form-group'}>
        <label htmlFor="citizen-password" className="op-field-label">
          {t('citizen.password')}
        </label>
        {error === 'password' ? (
          <p id="citizen-password-error" className="op-error-message" role="alert">
            {t('login.required', { field: t('citizen.password') })}
          </p>
        ) : null}
        <input
          id="citizen-password"
          type="password"
          className="op-input op-input-medium"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={error === 'password' ? true : undefined}
          aria-describedby={error === 'password' ? 'citizen-password-error' : undefined}
        />
      </div>
      <div className="op-actions">
        <button
          type="submit"
          className="op-button op-button-primary"
          aria-disabled={isSubmitting}
          data-testid="citizen-login-submit"
        >
          {t('citizen.signIn')}
        </button>
      </div>
    </form>
  );
}
