import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { usePlainFormProblem } from '../../../ui/use-plain-form-problem.ts';
import { type CitizenRegistration, citizenLogin, type Me, registerCitizen } from '../api/auth.api.ts';
import { type RegistrationValues, registrationErrors } from '../utils/registration.ts';

const FIELDS = [
  { key: 'personalId', type: 'text', autoComplete: 'username', inputMode: 'numeric' },
  { key: 'fullName', type: 'text', autoComplete: 'name' },
  { key: 'phone', type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
  { key: 'email', type: 'email', autoComplete: 'email', inputMode: 'email' },
  { key: 'password', type: 'password', autoComplete: 'new-password' },
] as const;

const KEYS = FIELDS.map((f) => f.key);

/**
 * Creates a citizen account, then signs in with it. Mistakes the page can see are shown before sending;
 * what the API refuses (a common password, one that contains the ID number) is shown next to its field
 * too, and every error is listed in the summary above the form. The API answers a registration the same
 * way whether the ID number already had an account or not (no enumeration); when signing in then fails,
 * the number had an account before, and its owner has been told on the phone and e-mail on file.
 */
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
  const failure = usePlainFormProblem(KEYS);
  const problem = failure.problem;
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [alreadyRegistered, setAlreadyRegistered] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = registrationErrors(values);
    setErrors(found);
    if (Object.keys(found).length) {
      setAttempt((n) => n + 1);
      return;
    }
    setIsSubmitting(true);
    failure.clear();
    setAlreadyRegistered(false);
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
      const found = e instanceof ApiProblem ? e : toApiProblem(e);
      if (found.code === 'INVALID_CREDENTIALS') setAlreadyRegistered(true);
      else {
        failure.report(found);
        setAttempt((n) => n + 1);
      }
    } finally {
      setIsSubmitting(false);
    }
  }

  const messageOf = (key: (typeof KEYS)[number]): string | undefined => {
    const local = errors[key];
    return local ? t(`citizen.register.errors.${local}`) : failure.messages[key];
  };
  const listed = FIELDS.flatMap((f) => {
    const message = messageOf(f.key);
    return message ? [{ fieldId: `register-${f.key}`, message }] : [];
  });
  const fieldErrorCount = problem?.body?.errors?.length ?? 0;
  const allPlaced = fieldErrorCount > 0 && failure.placed.length === fieldErrorCount;

  return (
    <form onSubmit={submit} noValidate className="op-stack">
      <ErrorSummary errors={listed} attempt={attempt} />
      {problem && !allPlaced ? <ProblemAlert problem={problem} placed={failure.placed} /> : null}
      {alreadyRegistered ? (
        <div className="op-alert" role="status" data-testid="register-already">
          {t('citizen.register.already')}
        </div>
      ) : null}
      {FIELDS.map((f) => {
        const id = `register-${f.key}`;
        const error = messageOf(f.key);
        return (
          <div key={f.key} className={error ? 'op-form-group has-error' : 'op-form-group'}>
            <label htmlFor={id} className="op-field-label">
              {t(`citizen.register.${f.key}`)}
              {f.key === 'email' ? ` ${t('apply.optionalMark')}` : ''}
            </label>
            {error ? (
              <p id={`${id}-error`} className="op-error-message">
                {error}
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
              onChange={(e) => {
                setValues({ ...values, [f.key]: e.target.value });
                failure.clearField(f.key);
              }}
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
