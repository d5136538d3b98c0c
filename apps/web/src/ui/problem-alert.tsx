import { useTranslation } from 'react-i18next';
import { type ApiProblem, fieldErrorsOf } from '../api/problem.ts';

/**
 * An API failure shown to people: the problem's title and detail in the current language, field errors
 * if any, the wait time of a 429, and the request id in small print so support can find the log line.
 * A form that showed some field errors next to their fields passes their paths as `placed`: the alert then
 * lists only the others and, when all are placed, points to the marked fields instead of repeating them.
 * Field errors are sentences from the API; their JSON pointers are never shown.
 * Plain markup (no antd): the citizen portal uses it on light pages too.
 */
export function ProblemAlert({
  problem,
  className,
  placed = [],
}: {
  problem: ApiProblem;
  className?: string;
  placed?: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language === 'en';
  const body = problem.body;
  let title: string;
  let detail: string | undefined;
  if (body) {
    title = isEnglish ? body.titleEn : body.title;
    detail = isEnglish ? (body.detailEn ?? body.detail) : (body.detail ?? body.detailEn);
  } else {
    const code = problem.clientCode ?? 'UNEXPECTED_RESPONSE';
    title = t(`problem.client.${code}.title`);
    detail = t(`problem.client.${code}.detail`);
  }
  const fieldErrors = fieldErrorsOf(problem, i18n.language);
  const listed = fieldErrors.filter((e) => !placed.includes(e.path));
  const somePlaced = listed.length < fieldErrors.length;
  const messages = [...new Set(listed.map((e) => e.message))];
  // The detail of a field problem repeats its field messages: say where they are instead, or list them.
  if (somePlaced) detail = t('problem.seeFields');
  else if (detail && messages.length && messages.every((m) => detail?.includes(m))) detail = undefined;
  const severity = problem.status >= 500 || problem.status === 0 ? 'error' : 'warning';
  return (
    <div
      className={`op-alert op-alert-${severity}${className ? ` ${className}` : ''}`}
      role="alert"
      data-problem-code={problem.code}
    >
      <p className="op-alert-title">
        <span data-testid="problem-title">{title}</span>
      </p>
      {detail ? <p className="op-problem-detail">{detail}</p> : null}
      {messages.length ? (
        <>
          <p className="op-problem-detail">{t(somePlaced ? 'problem.otherFields' : 'problem.fieldErrors')}</p>
          <ul className="op-problem-errors" data-testid="problem-field-errors">
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </>
      ) : null}
      {problem.retryAfterSeconds !== undefined ? (
        <p className="op-problem-detail">{t('problem.retryAfter', { seconds: problem.retryAfterSeconds })}</p>
      ) : null}
      {body?.requestId ? (
        <small className="op-request-id" data-testid="problem-request-id">
          {t('problem.requestId', { id: body.requestId })}
        </small>
      ) : null}
    </div>
  );
}
