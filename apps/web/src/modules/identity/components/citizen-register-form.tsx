import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { type CitizenRegistration, citizenLogin, type Me, registerCitizen } from '../api/auth.api.ts';
import { type RegistrationValues, registrationErrors } from '../utils/registration.ts';

const FIELDS = [
  { key: 'personalId', type: 'text', autoComplete: 'username', inputMode: 'numeric' },
  { key: 'fullName', type: 'text', autoComplete: 'name' },
  { key: 'phone', type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
  { key: 'email', type: 'email', autoComplete: 'email', inputMode: 'email' },
  { key: 'password', type: 'password', autoComplete: 'new-password' },
] as const;

/** Creates a citizen account, then signs in with it. */
export function CitizenRegisterForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<RegistrationValues>({
    personalId: '',
    fullName: '',
    phone: '',
    email: '',
    password: '',
  });
  const [errors, setErrors] = useState<ReturnType<typeof registrationErrors>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = registrationErrors(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    setIsSubmitting(true);
    setProblem(null);
    const body: CitizenRegistration = {
      personalId: values.personalId.replace(/\s/g, ''),
      fullName: values.fullName.normalize('NFC').trim(),
      phone: values.phone.replace(/[\s.]/g, ''),
      password: values.password,
      ...(values.email.trim() ? { email: values.email.trim() } : {}),
    };
    try {
      await registerCitizen(body);
      onSignedIn(await citizenLogin({ personalId: body.personalId, password: body.password }));
    } catch (e) {
      setProblem(e instanceof ApiProblem ? e : toApiProblem(e));
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="op-stack">
      {problem ? <ProblemAlert problem={problem} /> : null}
      {FIELDS.map((f) => {
        const id = `register-${f.key}`;
        const error = errors[f.key];
        return (
          <div key={f.key} className={error ? 'op-form-group has-error' : 'op-form-group'}>
            <label htmlFor={id} className="op-field-label">
              {t(`citizen.register.${f.key}`)}
              {f.key === 'email' ? ` ${t('apply.optionalMark')}` : ''}
            </label>
            {error ? (
              <p id={`${id}-error`} className="op-error-message">
                {t(`citizen.register.errors.${error}`)}
              </p>
            ) : null}
            <input
              id={id}
              type={f.type}
              className="op-input op-input-medium"
              autoComplete={f.autoComplete}
              inputMode={'inputMode' in f ? f.inputMode : undefined}
              value={values[f.key]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
            />
          </div>
        );
      })}
      <div className="op-actions">
        <button type="submit" className="op-button op-button-primary" aria-disabled={isSubmitting}>
          {t('citizen.register.submit')}
        </button>
      </div>
    </form>
  );
}
