import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { PageHeading } from '../../../ui/page-heading.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { fileToBase64, type SubmittedDossier, submitDossier, uploadAttachment } from '../api/dossiers.api.ts';
import {
  clearDraft,
  type Draft,
  loadDraft,
  makeIdempotencyKey,
  newDraft,
  saveDraft,
} from '../utils/draft.ts';
import {
  clearPendingFiles,
  loadPendingFiles,
  type PendingFiles,
  savePendingFiles,
} from '../utils/pending-files.ts';
import {
  type AnswerError,
  APPLICANT_STEP,
  type ApplicantDetails,
  type ApplicantErrors,
  ATTACHMENTS_STEP,
  answersBody,
  applicantBody,
  applicantErrors,
  buildQuestions,
  CHECK_STEP,
  checkFile,
  type FileComponent,
  fileComponents,
  firstInvalid,
  MAX_FILE_BYTES,
  nextStep,
  type ProcedureForm,
  parseAnswer,
  previousStep,
  type Question,
  showDate,
  stepIds,
} from '../utils/wizard.ts';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

export interface ApplyWizardProps {
  procedure: ProcedureForm & { name: string };
  step: string | undefined;
  applicantName: string;
  stepHref: (step: string) => string;
  startHref: string;
  onSubmitted: (dossier: SubmittedDossier) => void;
}

/** The online application, one question per page, saved after every page (see utils/draft.ts). */
export function ApplyWizard(props: ApplyWizardProps) {
  const { procedure, step, stepHref } = props;
  const questions = useMemo(() => buildQuestions(procedure), [procedure]);
  const files = useMemo(() => fileComponents(procedure), [procedure]);
  const steps = useMemo(() => stepIds(questions, files.length > 0), [questions, files]);
  const [pending, setPending] = useState<PendingFiles>(() => loadPendingFiles(procedure.id));
  const updateFiles = (next: PendingFiles) => {
    setPending(next);
    void savePendingFiles(procedure.id, next);
  };
  const [draft, setDraft] = useState<Draft>(
    () =>
      loadDraft(storage(), procedure.id) ??
      saveDraft(storage(), newDraft(procedure.id, makeIdempotencyKey, { name: props.applicantName })),
  );
  const update = (next: Draft) => setDraft(saveDraft(storage(), next));

  if (!step || !steps.includes(step)) return <Navigate to={stepHref(steps[0]!)} replace />;
  const common: StepProps = { ...props, steps, step, draft, update, files, pending, updateFiles };
  // key: each step mounts afresh, so its heading takes the focus (PageHeading) and its state starts clean.
  if (step === CHECK_STEP) return <CheckAnswers key={step} {...common} questions={questions} />;
  if (step === APPLICANT_STEP) return <ApplicantStep key={step} {...common} />;
  if (step === ATTACHMENTS_STEP) return <AttachmentsStep key={step} {...common} />;
  const question = questions.find((q) => q.id === step)!;
  return (
    <QuestionStep
      key={step}
      {...common}
      question={question}
      index={questions.indexOf(question)}
      total={questions.length}
    />
  );
}

interface StepProps extends ApplyWizardProps {
  steps: string[];
  step: string;
  draft: Draft;
  update: (draft: Draft) => void;
  files: FileComponent[];
  pending: PendingFiles;
  updateFiles: (files: PendingFiles) => void;
}

/** Where Continue leads: back to the check page when the person came from it to change one answer. */
function useContinue(props: StepProps) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const fromCheck = params.get('from') === CHECK_STEP;
  return () => navigate(props.stepHref(fromCheck ? CHECK_STEP : nextStep(props.steps, props.step)));
}

function BackLink(props: StepProps) {
  const { t } = useTranslation();
  const previous = previousStep(props.steps, props.step);
  return (
    <Link to={previous ? props.stepHref(previous) : props.startHref} className="op-back-link">
      {t('apply.back')}
    </Link>
  );
}

/** GOV.UK error summary: announced, focused, each error a link to its field. */
function ErrorSummary({ errors }: { errors: { field: string; message: string }[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div
      className="op-error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t('apply.errorSummary')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function QuestionStep(props: StepProps & { question: Question; index: number; total: number }) {
  const { t } = useTranslation();
  const { question, draft } = props;
  const stored = draft.values[question.id] ?? '';
  const [raw, setRaw] = useState(
    question.kind === 'date' && /^\d{4}-/.test(stored) ? showDate(stored) : stored,
  );
  const [error, setError] = useState<AnswerError | null>(null);
  const proceed = useContinue(props);
  const inputId = `q-${question.property}`;
  const headingId = 'question-heading';
  const message = error ? t(`apply.errors.${error}`, { field: question.title }) : '';

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseAnswer(question, raw);
    props.update({ ...draft, values: { ...draft.values, [question.id]: raw.trim() } });
    if (parsed.error) {
      setError(parsed.error);
      return;
    }
    proceed();
  }

  const describedBy = [`${inputId}-hint`, error ? `${inputId}-error` : ''].filter(Boolean).join(' ');
  const choices = question.kind === 'boolean' ? ['true', 'false'] : question.options;
  return (
    <div className="op-wizard">
      <BackLink {...props} />
      <ErrorSummary errors={error ? [{ field: inputId, message }] : []} />
      <form onSubmit={submit} noValidate className={error ? 'op-form-group has-error' : 'op-form-group'}>
        <PageHeading
          id={headingId}
          caption={t('apply.progress', {
            n: props.index + 1,
            total: props.total,
            name: question.componentName,
          })}
        >
          {question.title}
        </PageHeading>
        <p id={`${inputId}-hint`} className="op-hint">
          {question.kind === 'date'
            ? t('apply.hints.date')
            : question.required
              ? t('apply.hints.required')
              : t('apply.hints.optional')}
        </p>
        {error ? (
          <p id={`${inputId}-error`} className="op-error-message">
            {message}
          </p>
        ) : null}
        {choices.length ? (
          <fieldset className="op-radios" aria-labelledby={headingId} aria-describedby={describedBy}>
            {choices.map((option, i) => (
              <div className="op-radio" key={option}>
                <input
                  type="radio"
                  id={i === 0 ? inputId : `${inputId}-${i}`}
                  name={question.property}
                  value={option}
                  checked={raw === option}
                  onChange={() => setRaw(option)}
                />
                <label htmlFor={i === 0 ? inputId : `${inputId}-${i}`}>
                  {question.kind === 'boolean' ? t(option === 'true' ? 'common.yes' : 'common.no') : option}
                </label>
              </div>
            ))}
          </fieldset>
        ) : (
          <input
            id={inputId}
            name={question.property}
            className="op-input"
            aria-labelledby={headingId}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            value={raw}
            onChange={(e) => setRaw(e.target.value)}
            inputMode={
              question.kind === 'number' || question.kind === 'integer' || question.pattern?.includes('[0-9]')
                ? 'numeric'
                : undefined
            }
            autoComplete="off"
            data-testid="question-input"
          />
        )}
        <div className="op-actions">
          <button type="submit" className="op-button op-button-primary" data-testid="wizard-continue">
            {t('apply.continue')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** One file input per component handed in as a file; errors (missing, type, size) in the summary. */
function AttachmentsStep(props: StepProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<PendingFiles>(props.pending);
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const proceed = useContinue(props);
  const maxMb = Math.round(MAX_FILE_BYTES / 1024 / 1024);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = props.files.flatMap((c) => {
      const error = checkFile(c, chosen[c.key]);
      return error
        ? [{ field: `file-${c.key}`, message: t(`apply.fileErrors.${error}`, { field: c.name, max: maxMb }) }]
        : [];
    });
    setErrors(found);
    const valid = Object.fromEntries(
      Object.entries(chosen).filter(([k]) => !found.some((e) => e.field === `file-${k}`)),
    );
    props.updateFiles(valid);
    if (found.length === 0) proceed();
  }

  return (
    <div className="op-wizard">
      <BackLink {...props} />
      <ErrorSummary errors={errors} />
      <PageHeading intro={t('apply.files.intro', { max: maxMb })}>{t('apply.files.title')}</PageHeading>
      <form onSubmit={submit} noValidate>
        {props.files.map((c) => {
          const id = `file-${c.key}`;
          const error = errors.find((e) => e.field === id);
          const file = chosen[c.key];
          return (
            <div key={c.key} className={error ? 'op-form-group has-error' : 'op-form-group'}>
              <label htmlFor={id} className="op-field-label">
                {c.name}
                {c.required ? '' : ` ${t('apply.optionalMark')}`}
              </label>
              <p id={`${id}-hint`} className="op-hint">
                {file ? t('apply.files.chosen', { name: file.name }) : t('apply.files.hint', { max: maxMb })}
              </p>
              {error ? (
                <p id={`${id}-error`} className="op-error-message">
                  {error.message}
                </p>
              ) : null}
              <input
                id={id}
                type="file"
                className="op-file-input"
                accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                aria-invalid={error ? true : undefined}
                aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
                data-testid={`file-${c.key}`}
                onChange={(e) => {
                  const next = { ...chosen };
                  const picked = e.target.files?.[0];
                  if (picked) next[c.key] = picked;
                  else delete next[c.key];
                  setChosen(next);
                }}
              />
            </div>
          );
        })}
        <div className="op-actions">
          <button type="submit" className="op-button op-button-primary" data-testid="wizard-continue">
            {t('apply.continue')}
          </button>
        </div>
      </form>
    </div>
  );
}

const APPLICANT_FIELDS: {
  key: keyof ApplicantDetails;
  type: string;
  autoComplete: string;
  inputMode?: 'tel' | 'email';
}[] = [
  { key: 'name', type: 'text', autoComplete: 'name' },
  { key: 'phone', type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
  { key: 'email', type: 'email', autoComplete: 'email', inputMode: 'email' },
  { key: 'address', type: 'text', autoComplete: 'street-address' },
];

function ApplicantStep(props: StepProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ApplicantDetails>(props.draft.applicant);
  const [errors, setErrors] = useState<ApplicantErrors>({});
  const proceed = useContinue(props);

  function submit(event: FormEvent) {
    event.preventDefault();
    props.update({ ...props.draft, applicant: values });
    const found = applicantErrors(values);
    setErrors(found);
    if (Object.keys(found).length === 0) proceed();
  }

  const summary = APPLICANT_FIELDS.filter((f) => errors[f.key]).map((f) => ({
    field: `applicant-${f.key}`,
    message: t(`apply.applicantErrors.${errors[f.key]!}`, { field: t(`apply.applicant.${f.key}`) }),
  }));
  return (
    <div className="op-wizard">
      <BackLink {...props} />
      <ErrorSummary errors={summary} />
      <PageHeading intro={t('apply.applicant.intro')}>{t('apply.applicant.title')}</PageHeading>
      <form onSubmit={submit} noValidate>
        {APPLICANT_FIELDS.map((f) => {
          const id = `applicant-${f.key}`;
          const error = summary.find((s) => s.field === id);
          return (
            <div key={f.key} className={error ? 'op-form-group has-error' : 'op-form-group'}>
              <label htmlFor={id} className="op-field-label">
                {t(`apply.applicant.${f.key}`)}
                {f.key === 'email' || f.key === 'address' ? ` ${t('apply.optionalMark')}` : ''}
              </label>
              {f.key === 'phone' ? (
                <p id={`${id}-hint`} className="op-hint">
                  {t('apply.applicant.phoneHint')}
                </p>
              ) : null}
              {error ? (
                <p id={`${id}-error`} className="op-error-message">
                  {error.message}
                </p>
              ) : null}
              <input
                id={id}
                type={f.type}
                className="op-input"
                autoComplete={f.autoComplete}
                inputMode={f.inputMode}
                value={values[f.key]}
                aria-invalid={error ? true : undefined}
                aria-describedby={
                  [f.key === 'phone' ? `${id}-hint` : '', error ? `${id}-error` : '']
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
              />
            </div>
          );
        })}
        <div className="op-actions">
          <button type="submit" className="op-button op-button-primary" data-testid="wizard-continue">
            {t('apply.continue')}
          </button>
        </div>
      </form>
    </div>
  );
}

function CheckAnswers(props: StepProps & { questions: Question[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { draft, questions, procedure, files, pending } = props;
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // Files already uploaded to the created dossier: a retry after a failed upload sends only the rest.
  const uploaded = useRef(new Set<string>());
  const [isSubmitting, setIsSubmitting] = useState(false);
  // A second click while the first request runs is ignored here; the Idempotency-Key covers the rest.
  const inFlight = useRef(false);

  async function submit() {
    if (inFlight.current) return;
    const invalid = firstInvalid(questions, draft.values);
    if (invalid) {
      navigate(props.stepHref(invalid.id));
      return;
    }
    if (files.some((c) => checkFile(c, pending[c.key]) !== null)) {
      navigate(props.stepHref(ATTACHMENTS_STEP));
      return;
    }
    if (Object.keys(applicantErrors(draft.applicant)).length) {
      navigate(props.stepHref(APPLICANT_STEP));
      return;
    }
    inFlight.current = true;
    setIsSubmitting(true);
    setProblem(null);
    try {
      const dossier = await submitDossier(
        {
          procedureId: procedure.id,
          applicant: applicantBody(draft.applicant),
          answers: answersBody(questions, draft.values),
        },
        draft.idempotencyKey,
      );
      for (const c of files) {
        const file = pending[c.key];
        if (!file || uploaded.current.has(c.key)) continue;
        await uploadAttachment(dossier.id, {
          fileName: file.name,
          componentKey: c.key,
          contentBase64: await fileToBase64(file),
        });
        uploaded.current.add(c.key);
      }
      clearDraft(storage(), procedure.id);
      clearPendingFiles(procedure.id);
      props.onSubmitted(dossier);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : toApiProblem(error));
    } finally {
      inFlight.current = false;
      setIsSubmitting(false);
    }
  }

  const change = (step: string) => `${props.stepHref(step)}?from=${CHECK_STEP}`;
  const shown = (q: Question) => {
    const value = draft.values[q.id] ?? '';
    if (!value) return t('apply.notAnswered');
    if (q.kind === 'boolean') return t(value === 'true' ? 'common.yes' : 'common.no');
    return value;
  };
  return (
    <div className="op-wizard">
      <BackLink {...props} />
      <PageHeading intro={procedure.name}>{t('apply.check.title')}</PageHeading>
      {problem ? <ProblemAlert problem={problem} /> : null}
      <h2>{t('apply.check.answers')}</h2>
      <dl className="op-summary-list op-check-list" data-testid="check-answers">
        {questions.map((q) => (
          <div key={q.id}>
            <dt>{q.title}</dt>
            <dd>{shown(q)}</dd>
            <dd className="op-summary-action">
              <Link to={change(q.id)}>
                {t('apply.check.change')}
                <span className="op-visually-hidden"> {q.title}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      {files.length ? (
        <>
          <h2>{t('apply.check.files')}</h2>
          <dl className="op-summary-list op-check-list" data-testid="check-files">
            {files.map((c) => (
              <div key={c.key}>
                <dt>{c.name}</dt>
                <dd>{pending[c.key]?.name ?? t('apply.files.none')}</dd>
                <dd className="op-summary-action">
                  <Link to={change(ATTACHMENTS_STEP)}>
                    {t('apply.check.change')}
                    <span className="op-visually-hidden"> {c.name}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <h2>{t('apply.check.applicant')}</h2>
      <dl className="op-summary-list op-check-list">
        {(['name', 'phone', 'email', 'address'] as const).map((k) => (
          <div key={k}>
            <dt>{t(`apply.applicant.${k}`)}</dt>
            <dd>{draft.applicant[k] || t('apply.notAnswered')}</dd>
            <dd className="op-summary-action">
              <Link to={change(APPLICANT_STEP)}>
                {t('apply.check.change')}
                <span className="op-visually-hidden"> {t(`apply.applicant.${k}`)}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t('apply.check.declarationTitle')}</h2>
      <p>{t('apply.check.declaration')}</p>
      <div className="op-actions">
        <button
          type="button"
          className="op-button op-button-primary"
          onClick={() => void submit()}
          aria-disabled={isSubmitting}
          data-testid="wizard-submit"
        >
          {isSubmitting ? t('apply.check.submitting') : t('apply.check.submit')}
        </button>
      </div>
      <p className="op-hint" role="status">
        {isSubmitting ? t('apply.check.submitting') : t('apply.check.autosaved')}
      </p>
    </div>
  );
}
