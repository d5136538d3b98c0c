import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import type { DeadlineResult } from '../api/deadline.api.ts';
import { explanationLines } from '../utils/explanation-lines.ts';

export function DeadlineResultView({ result }: { result: DeadlineResult }) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language === 'en';
  const explanation = isEnglish ? result.explanationEn : result.explanation;
  const movedStart = result.effectiveStart !== result.start;
  const drafts = result.calendarYearsUsed.filter((y) => y.status === 'draft');
  return (
    <section
      aria-labelledby="deadline-result-heading"
      className="op-panel op-deadline-result"
      data-testid="deadline-result"
    >
      <h2 id="deadline-result-heading">{t('deadline.result')}</h2>
      <p className="op-due-label">{t('deadline.dueAt')}</p>
      {/* dueAtText is the API's own HH:mm dd/mm/yyyy in Vietnam time, as printed on the appointment slip. */}
      <p className="op-due-value" data-testid="deadline-due">
        {result.dueAtText || formatDateTime(result.dueAt)}
      </p>
      {movedStart ? (
        <p className="op-muted">
          {t('deadline.effectiveStart', { at: formatDateTime(result.effectiveStart) })}
        </p>
      ) : null}
      {drafts.length ? (
        <Alert
          type="warning"
          showIcon
          className="op-form-alert"
          title={t('deadline.draftCalendar', { years: drafts.map((y) => y.year).join(', ') })}
        />
      ) : null}
      <h3>{t('deadline.explanation')}</h3>
      <ol className="op-explanation" data-testid="deadline-explanation">
        {explanationLines(explanation).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p className="op-muted op-small">
        {t('deadline.calendarsUsed', {
          years: result.calendarYearsUsed.map((y) => `${y.year} (v${y.version})`).join(', '),
        })}
      </p>
    </section>
  );
}
