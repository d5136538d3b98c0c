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

/** The server's messages are "Vietnamese / English": the part in the reader's language. */
function inLanguage(message: string, language: string): string {
  const [vi, en] = message.split(' / ');
  return language.startsWith('en') && en ? en : (vi ?? message);
}

/**
 * Creates a citizen account, then signs in with it. The API answers a registration the same way whether
 * the ID number already had an account or not; when signing in then fails, the number had an account
 * before, and its owner has been told on the phone and e-mail on file how to get back in.
 */
export function CitizenRegisterForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<RegistrationValues>({
    personalId: '',
    fullName: '',
    phone: '',
    email: '',
    password: '',
  });
  const [errors, setErrors] = useState<ReturnType<typeof registrationErrors>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  /** Server-side findings on a field (a common password), shown next to it. */
  const [fieldProblems, setFieldProblems] = useState<Partial<Record<keyof RegistrationValues, string>>>({});
  const [alreadyRegistered, setAlreadyRegistered] = useState(false);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = registrationErrors(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    setIsSubmitting(true);
    setProblem(null);
    setFieldProblems({});
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
    } catch (e) {
      const found = e instanceof ApiProblem ? e : toApiProblem(e);
      const onFields: Partial<Record<keyof RegistrationValues, string>> = {};
      for (const error of found.body?.errors ?? []) {
        const field = error.path.replace('/body/', '') as keyof RegistrationValues;
        if (field in values) onFields[field] = inLanguage(error.message, i18n.language);
      }
      if (Object.keys(onFields).length) setFieldProblems(onFields);
      else setProblem(found);
      setIsSubmitting(false);
      return;
    }
    try {
      onSignedIn(await citizenLogin({ personalId: body.personalId, password: body.password }));
    } catch (e) {
      const found = e instanceof ApiProblem ? e : toApiProblem(e);
      if (found.code === 'INVALID_CREDENTIALS') setAlreadyRegistered(true);
      else setProblem(found);
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="op-stack">
      {problem ? <ProblemAlert problem={problem} /> : null}
      {alreadyRegistered ? (
        <div className="op-alert" role="status" data-testid="register-already">
          {t('citizen.register.already')}
        </div>
      ) : null}
      {FIELDS.map((f) => {
        const id = `register-${f.key}`;
        const error = errors[f.key];
        const serverError = error ? undefined : fieldProblems[f.key];
        return (
          <div key={f.key} className={error || serverError ? 'op-form-group has-error' : 'op-form-group'}>
            <label htmlFor={id} className="op-field-label">
              {t(`citizen.register.${f.key}`)}
              {f.key === 'email' ? ` ${t('apply.optionalMark')}` : ''}
            </label>
            {error || serverError ? (
              <p id={`${id}-error`} className="op-error-message">
                {error ? t(`citizen.register.errors.${error}`) : serverError}
              </p>
            ) : null}
            <input
              id={id}
              type={f.type}
              className="op-input op-input-medium"
              autoComplete={f.autoComplete}
              inputMode={'inputMode' in f ? f.inputMode : undefined}
              value={values[f.key]}
              aria-invalid={error || serverError ? true : undefined}
              aria-describedby={error || serverError ? `${id}-error` : undefined}
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
