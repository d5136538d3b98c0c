import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/problem.ts';

/**
 * An API failure shown to people: the problem's title and detail in the current language, field errors
 * if any, the wait time of a 429, and the request id in small print so support can find the log line.
 * Plain markup (no antd): the citizen portal uses it on light pages too.
 */
export function ProblemAlert({ problem, className }: { problem: ApiProblem; className?: string }) {
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
      {body?.errors?.length ? (
        <>
          <p className="op-problem-detail">{t('problem.fieldErrors')}</p>
          <ul className="op-problem-errors">
            {body.errors.map((e) => (
              <li key={`${e.path}:${e.message}`}>
                <code>{e.path}</code> {e.message}
              </li>
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
