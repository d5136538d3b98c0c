import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { Loading } from '../../../ui/loading.tsx';
import { PageHeading } from '../../../ui/page-heading.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { fetchCommunesInForce } from '../api/communes.api.ts';
import { type SubmittedDossier, submitDossier } from '../api/dossiers.api.ts';
import { draftFileUrl, removeDraftFile, uploadDraftFile } from '../api/drafts.api.ts';
import {
  type DraftChange,
  type ServerDraftState,
  useServerDraft,
  type WizardDraft,
} from '../hooks/use-server-draft.ts';
import { communeMatches } from '../utils/commune-search.ts';
import {
  type AnswerError,
  APPLICANT_STEP,
  type ApplicantDetails,
  type ApplicantErrors,
  ATTACHMENTS_STEP,
  answersBody,
  applicantBody,
  applicantErrors,
  askedQuestions,
  buildQuestions,
  CHECK_STEP,
  checkFile,
  type FileComponent,
  fileComponents,
  firstInvalid,
  firstInvalidLinked,
  MAX_FILE_BYTES,
  missingFiles,
  nextStep,
  type ProcedureForm,
  parseAnswer,
  previousStep,
  type Question,
  showDate,
  stepIds,
} from '../utils/wizard.ts';

export interface ApplyWizardProps {
  procedure: ProcedureForm & { name: string };
  step: string | undefined;
  stepHref: (step: string) => string;
  startHref: string;
  onSubmitted: (dossier: SubmittedDossier) => void;
}

/** What a page sends the person back with, so that a step never opens silently without saying why. */
interface BackWithErrors {
  /** The attachments page: required files missing, or the API's errors per component. */
  missingFiles?: boolean;
  fileErrors?: { componentKey: string; message: string }[];
  /** A question or the applicant page: show its errors at once. */
  showErrors?: boolean;
}

/**
 * The online application, one question per page. The draft lives on the server, in the citizen's account
 * (hooks/use-server-draft.ts): saved after every page, files uploaded as soon as they are chosen, so a
 * reload, another device or a sign-out on a shared computer loses nothing and leaves nothing behind.
 */
export function ApplyWizard(props: ApplyWizardProps) {
  const { procedure, step, stepHref } = props;
  const questions = useMemo(() => buildQuestions(procedure), [procedure]);
  const files = useMemo(() => fileComponents(procedure), [procedure]);
  const steps = useMemo(() => stepIds(questions, files.length > 0), [questions, files]);
  const server = useServerDraft({ procedureId: procedure.id, questions });

  if (server.problem) return <ProblemAlert problem={server.problem} />;
  const draft = server.draft;
  if (!draft) return <Loading />;
  if (!step || !steps.includes(step)) {
    // Back where the person left off (from "my dossiers" or a bare link), or at the first question.
    const resume = draft.step && steps.includes(draft.step) ? draft.step : steps[0]!;
    return <Navigate to={stepHref(resume)} replace />;
  }
  const common: StepProps = { ...props, steps, step, draft, server, update: server.update, files };
  // key: each step mounts afresh, so its heading takes the focus (PageHeading) and its state starts clean.
  let page: ReactNode;
  if (step === CHECK_STEP) page = <CheckAnswers key={step} {...common} questions={questions} />;
  else if (step === APPLICANT_STEP) page = <ApplicantStep key={step} {...common} questions={questions} />;
  else if (step === ATTACHMENTS_STEP) page = <AttachmentsStep key={step} {...common} />;
  else {
    const asked = askedQuestions(questions);
    const question = asked.find((q) => q.id === step)!;
    page = (
      <QuestionStep
        key={step}
        {...common}
        question={question}
        index={asked.indexOf(question)}
        total={asked.length}
      />
    );
  }
  return (
    <>
      {page}
      <SaveNotice draft={draft} status={server.saveStatus} />
    </>
  );
}

interface StepProps extends ApplyWizardProps {
  steps: string[];
  step: string;
  draft: WizardDraft;
  server: ServerDraftState;
  update: (change: DraftChange) => void;
  files: FileComponent[];
}

/** Whether the draft reached the server: said quietly when all is well, announced when it is not. */
function SaveNotice({ draft, status }: { draft: WizardDraft; status: ServerDraftState['saveStatus'] }) {
  const { t } = useTranslation();
  const text =
    status === 'saved'
      ? t('citizenPortal.draft.saved', { date: formatDate(draft.expiresAt) })
      : t(`citizenPortal.draft.${status}`);
  const problem = status === 'unsaved' || status === 'conflict';
  return (
    <p
      className={problem ? 'op-alert op-alert-warning op-draft-status' : 'op-hint op-draft-status'}
      role={problem ? 'alert' : 'status'}
      data-testid="draft-status"
      data-status={status}
    >
      {text}
    </p>
  );
}

/** Where Continue leads: back to the check page when the person came from it to change one answer. */
function useContinue(props: StepProps) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const fromCheck = params.get('from') === CHECK_STEP;
  return (change: DraftChange = {}) => {
    const next = fromCheck ? CHECK_STEP : nextStep(props.steps, props.step);
    props.update({ ...change, step: next });
    navigate(props.stepHref(next));
  };
}

function useBackState(): BackWithErrors {
  const location = useLocation();
  return (location.state as BackWithErrors | null) ?? {};
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
  const back = useBackState();
  const stored = draft.values[question.id] ?? '';
  const [raw, setRaw] = useState(
    question.kind === 'date' && /^\d{4}-/.test(stored) ? showDate(stored) : stored,
  );
  // Sent back from the check page: say at once what is wrong with this answer.
  const [error, setError] = useState<AnswerError | null>(() =>
    back.showErrors ? (parseAnswer(question, stored).error ?? null) : null,
  );
  const proceed = useContinue(props);
  const inputId = `q-${question.property}`;
  const headingId = 'question-heading';
  const message = error ? t(`apply.errors.${error}`, { field: question.title }) : '';

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseAnswer(question, raw);
    const values = { ...draft.values, [question.id]: raw.trim() };
    if (parsed.error) {
      props.update({ values });
      setError(parsed.error);
      return;
    }
    proceed({ values });
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

const sizeText = (bytes: number, language: string) =>
  bytes >= 1024 * 1024
    ? `${formatNumber(bytes / 1024 / 1024, language, 1)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} KB`;

/**
 * One file input per component handed in as a file. A chosen file is checked here (type, size), then
 * uploaded at once and kept with the draft; Continue asks only for what is still missing. Errors (missing,
 * wrong type, too large, refused by the server) go to the summary and next to their field.
 */
function AttachmentsStep(props: StepProps) {
  const { t, i18n } = useTranslation();
  const back = useBackState();
  const { draft, server } = props;
  const maxMb = Math.round(MAX_FILE_BYTES / 1024 / 1024);
  const requiredMessage = (c: FileComponent) => t('apply.fileErrors.required', { field: c.name, max: maxMb });
  const [errors, setErrors] = useState<{ field: string; message: string }[]>(() => {
    // Sent back from the check page or the submission: say which files are missing, never just land here.
    if (back.fileErrors?.length) {
      return back.fileErrors.map((e) => ({ field: `file-${e.componentKey}`, message: e.message }));
    }
    if (!back.missingFiles) return [];
    const have = new Set(draft.files.map((f) => f.componentKey));
    return missingFiles(props.files, have).map((c) => ({
      field: `file-${c.key}`,
      message: requiredMessage(c),
    }));
  });
  const [uploading, setUploading] = useState<Record<string, string>>({});
  const pending = useRef(new Set<Promise<void>>());
  const proceed = useContinue(props);
  const setError = (key: string, message: string | null) =>
    setErrors((all) => {
      const others = all.filter((e) => e.field !== `file-${key}`);
      return message ? [...others, { field: `file-${key}`, message }] : others;
    });

  function choose(c: FileComponent, picked: File | undefined, input: HTMLInputElement) {
    if (!picked) return;
    const error = checkFile(c, picked);
    if (error) {
      setError(c.key, t(`apply.fileErrors.${error}`, { field: c.name, max: maxMb }));
      input.value = '';
      return;
    }
    setUploading((u) => ({ ...u, [c.key]: picked.name }));
    const job = (async () => {
      try {
        const saved = await uploadDraftFile(draft.id, { componentKey: c.key, file: picked });
        server.setFiles(saved.files);
        setError(c.key, null);
      } catch (e) {
        const problem = e instanceof ApiProblem ? e : toApiProblem(e);
        const reason =
          (i18n.language === 'en' ? problem.body?.detailEn : problem.body?.detail) ??
          problem.body?.title ??
          t(`problem.client.${problem.clientCode ?? 'UNEXPECTED_RESPONSE'}.title`);
        setError(c.key, t('citizenPortal.files.uploadFailed', { field: c.name, reason }));
      } finally {
        input.value = '';
        setUploading(({ [c.key]: _done, ...rest }) => rest);
      }
    })();
    pending.current.add(job);
    void job.finally(() => pending.current.delete(job));
  }

  async function remove(c: FileComponent, fileId: string) {
    try {
      server.setFiles((await removeDraftFile(draft.id, fileId)).files);
    } catch (e) {
      const problem = e instanceof ApiProblem ? e : toApiProblem(e);
      setError(c.key, problem.body?.detail ?? problem.code);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await Promise.all([...pending.current]);
    const have = new Set(server.latest()?.files.map((f) => f.componentKey) ?? []);
    const missing = missingFiles(props.files, have);
    // Still missing: keep the reason already shown (a refused file), else say the file is required.
    setErrors((shown) =>
      missing.map(
        (c) =>
          shown.find((e) => e.field === `file-${c.key}`) ?? {
            field: `file-${c.key}`,
            message: requiredMessage(c),
          },
      ),
    );
    if (missing.length === 0) proceed();
  }

  const busy = Object.keys(uploading).length > 0;
  return (
    <div className="op-wizard">
      <BackLink {...props} />
      {back.missingFiles || back.fileErrors?.length ? (
        <p className="op-hint" data-testid="files-missing-note">
          {t('citizenPortal.files.missingOnSubmit')}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <PageHeading intro={t('apply.files.intro', { max: maxMb })}>{t('apply.files.title')}</PageHeading>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {props.files.map((c) => {
          const id = `file-${c.key}`;
          const error = errors.find((e) => e.field === id);
          const file = draft.files.find((f) => f.componentKey === c.key);
          const inFlight = uploading[c.key];
          return (
            <div key={c.key} className={error ? 'op-form-group has-error' : 'op-form-group'}>
              <label htmlFor={id} className="op-field-label">
                {c.name}
                {c.required ? '' : ` ${t('apply.optionalMark')}`}
              </label>
              <p
                id={`${id}-hint`}
                className="op-hint"
                aria-live="polite"
                data-testid={`file-status-${c.key}`}
              >
                {inFlight
                  ? t('citizenPortal.files.uploading', { name: inFlight })
                  : file
                    ? t('citizenPortal.files.uploaded', {
                        name: file.fileName,
                        size: sizeText(file.size, i18n.language),
                      })
                    : t('apply.files.hint', { max: maxMb })}
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
                onChange={(e) => choose(c, e.target.files?.[0], e.currentTarget)}
              />
              {file && !inFlight ? (
                <p className="op-file-actions">
                  <a href={draftFileUrl(draft.id, file.id)} target="_blank" rel="noreferrer">
                    {t('citizenPortal.files.view', { name: file.fileName })}
                  </a>{' '}
                  <button
                    type="button"
                    className="op-link-button"
                    aria-label={t('citizenPortal.files.removeLabel', { name: file.fileName })}
                    onClick={() => void remove(c, file.id)}
                    data-testid={`file-remove-${c.key}`}
                  >
                    {t('citizenPortal.files.remove')}
                  </button>
                </p>
              ) : null}
            </div>
          );
        })}
        <div className="op-actions">
          <button
            type="submit"
            className="op-button op-button-primary"
            data-testid="wizard-continue"
            aria-describedby={busy ? 'files-busy' : undefined}
          >
            {t('apply.continue')}
          </button>
          {busy ? (
            <span id="files-busy" className="op-hint">
              {t('citizenPortal.files.waitUpload')}
            </span>
          ) : null}
        </div>
      </form>
    </div>
  );
}

/** The communes in force today, by name (the same list the counter offers and the API checks). */
function useCommuneNames() {
  const { i18n } = useTranslation();
  const communes = useApiQuery('communes-in-force', (signal) => fetchCommunesInForce(signal));
  return useMemo(
    () =>
      (communes.data ?? [])
        .map((c) => ({ code: c.code, name: i18n.language === 'en' ? c.fullNameEn : c.fullName }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true })),
    [communes.data, i18n.language],
  );
}

/**
 * The commune of residence (optional, for the dashboard's map): a search box narrows a native select, so
 * it works with a keyboard, a screen reader and a phone's own picker without loading antd in the portal.
 */
function CommuneField(props: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const communes = useCommuneNames();
  const [typed, setTyped] = useState('');
  // The chosen commune stays listed whatever is typed, so the select never shows a value it does not hold.
  const shown = communes.filter((c) => c.code === props.value || communeMatches(typed, c.name));
  return (
    <div className="op-form-group">
      <label htmlFor="applicant-commune-search" className="op-field-label">
        {t('apply.applicant.communeSearch')}
      </label>
      <p id="applicant-commune-hint" className="op-hint">
        {t('apply.applicant.communeHint')}
      </p>
      <input
        id="applicant-commune-search"
        type="search"
        className="op-input"
        autoComplete="off"
        value={typed}
        aria-describedby="applicant-commune-hint"
        aria-controls="applicant-communeCode"
        onChange={(e) => setTyped(e.target.value)}
        data-testid="applicant-commune-search"
      />
      <label htmlFor="applicant-communeCode" className="op-field-label">
        {t('apply.applicant.commune')} {t('apply.optionalMark')}
      </label>
      <select
        id="applicant-communeCode"
        className="op-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid="applicant-commune"
      >
        <option value="">{t('apply.applicant.communeNone', { count: shown.length })}</option>
        {shown.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const APPLICANT_FIELDS: {
  key: Exclude<keyof ApplicantDetails, 'communeCode'>;
  type: string;
  autoComplete: string;
  inputMode?: 'tel' | 'email';
}[] = [
  { key: 'name', type: 'text', autoComplete: 'name' },
  { key: 'phone', type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
  { key: 'email', type: 'email', autoComplete: 'email', inputMode: 'email' },
  { key: 'address', type: 'text', autoComplete: 'street-address' },
];

/** The applicant's errors, with the e-form's own rule for a phone or e-mail it asks again. */
function allApplicantErrors(values: ApplicantDetails, questions: readonly Question[]): ApplicantErrors {
  const found = applicantErrors(values);
  const linked = firstInvalidLinked(questions, values);
  if (linked?.linkedTo && !found[linked.linkedTo]) found[linked.linkedTo] = linked.linkedTo;
  return found;
}

/** Contact details, filled in from the account; the phone is asked here only, once for the whole form. */
function ApplicantStep(props: StepProps & { questions: Question[] }) {
  const { t } = useTranslation();
  const back = useBackState();
  const [values, setValues] = useState<ApplicantDetails>(props.draft.applicant);
  const [errors, setErrors] = useState<ApplicantErrors>(() =>
    back.showErrors ? allApplicantErrors(props.draft.applicant, props.questions) : {},
  );
  const proceed = useContinue(props);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = allApplicantErrors(values, props.questions);
    setErrors(found);
    if (Object.keys(found).length === 0) proceed({ applicant: values });
    else props.update({ applicant: values });
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
        <CommuneField
          value={values.communeCode}
          onChange={(communeCode) => setValues({ ...values, communeCode })}
        />
        <div className="op-actions">
          <button type="submit" className="op-button op-button-primary" data-testid="wizard-continue">
            {t('apply.continue')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** `/body/files/<component>` and `/body/answers/<component>/<property>` of a refused submission. */
function fieldErrorsOf(problem: ApiProblem) {
  const errors = problem.body?.errors ?? [];
  return {
    files: errors.flatMap((e) => {
      const m = /^\/body\/files\/([^/]+)$/.exec(e.path);
      return m ? [{ componentKey: m[1]!, message: e.message }] : [];
    }),
    answer: errors
      .map((e) => /^\/body\/answers\/([^/]+)\/([^/]+)$/.exec(e.path))
      .find((m): m is RegExpExecArray => m !== null),
  };
}

function CheckAnswers(props: StepProps & { questions: Question[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { draft, questions, procedure, files, server } = props;
  const communes = useCommuneNames();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  // A second click while the first request runs is ignored here; the Idempotency-Key covers the rest.
  const inFlight = useRef(false);
  const sendBack = (step: string, state: BackWithErrors) => navigate(props.stepHref(step), { state });

  async function submit() {
    if (inFlight.current) return;
    inFlight.current = true;
    setIsSubmitting(true);
    setProblem(null);
    try {
      // The answers are sent with the submission; a failed autosave must not stop it, only be retried.
      await server.flush();
      const current = server.latest() ?? draft;
      const invalid = firstInvalid(questions, current.values);
      if (invalid) return sendBack(invalid.id, { showErrors: true });
      const have = new Set(current.files.map((f) => f.componentKey));
      if (missingFiles(files, have).length) return sendBack(ATTACHMENTS_STEP, { missingFiles: true });
      if (
        Object.keys(applicantErrors(current.applicant)).length ||
        firstInvalidLinked(questions, current.applicant)
      ) {
        return sendBack(APPLICANT_STEP, { showErrors: true });
      }
      const dossier = await submitDossier(
        {
          procedureId: procedure.id,
          applicant: applicantBody(current.applicant),
          answers: answersBody(questions, current.values, current.applicant),
          draftId: current.id,
        },
        current.idempotencyKey,
      );
      props.onSubmitted(dossier);
    } catch (error) {
      const p = error instanceof ApiProblem ? error : toApiProblem(error);
      const fields = fieldErrorsOf(p);
      if (fields.files.length) return sendBack(ATTACHMENTS_STEP, { fileErrors: fields.files });
      const question =
        fields.answer && questions.find((q) => q.id === `${fields.answer![1]}.${fields.answer![2]}`);
      if (question && !question.linkedTo) return sendBack(question.id, { showErrors: true });
      setProblem(p);
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
        {askedQuestions(questions).map((q) => (
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
                <dd>
                  {draft.files.find((f) => f.componentKey === c.key)?.fileName ?? t('apply.files.none')}
                </dd>
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
      <dl className="op-summary-list op-check-list" data-testid="check-applicant">
        {(['name', 'phone', 'email', 'address', 'communeCode'] as const).map((k) => (
          <div key={k}>
            <dt>{t(`apply.applicant.${k === 'communeCode' ? 'commune' : k}`)}</dt>
            <dd>
              {(k === 'communeCode'
                ? // The code until the list of names arrives: a chosen commune never reads "not answered".
                  (communes.find((c) => c.code === draft.applicant.communeCode)?.name ??
                  draft.applicant.communeCode)
                : draft.applicant[k]) || t('apply.notAnswered')}
            </dd>
            <dd className="op-summary-action">
              <Link to={change(APPLICANT_STEP)}>
                {t('apply.check.change')}
                <span className="op-visually-hidden">
                  {' '}
                  {t(`apply.applicant.${k === 'communeCode' ? 'commune' : k}`)}
                </span>
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
      {isSubmitting ? (
        <p className="op-hint" role="status">
          {t('apply.check.submitting')}
        </p>
      ) : null}
    </div>
  );
}
