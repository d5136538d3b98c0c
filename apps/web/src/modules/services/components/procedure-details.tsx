import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../../ui/format.ts';
import type { Procedure } from '../api/procedures.api.ts';
import { acceptsOnline, feeTotal, timeLimitKey } from '../utils/procedure-text.ts';
import { ServiceLevelBadge } from './service-level-badge.tsx';

/**
 * What a citizen needs before applying: the agency that handles it and where to hand the dossier in,
 * documents, fees, time limit, service level, result, legal basis.
 */
export function ProcedureDetails({ procedure }: { procedure: Procedure }) {
  const { t, i18n } = useTranslation();
  const time = timeLimitKey(procedure.timeLimit);
  const onlineTime = procedure.onlineTimeLimit ? timeLimitKey(procedure.onlineTimeLimit) : null;
  const total = feeTotal(procedure.fees);
  return (
    <div className="op-procedure" data-testid="procedure-details">
      <dl className="op-summary-list">
        <div>
          <dt>{t('procedure.code')}</dt>
          <dd>{procedure.nationalCode}</dd>
        </div>
        <div>
          <dt>{t('procedure.field')}</dt>
          <dd>{procedure.fieldName}</dd>
        </div>
        <div>
          <dt>{t('citizenPortal.procedure.agency')}</dt>
          <dd data-testid="procedure-agency">
            {procedure.agencyName ?? t('citizenPortal.search.unknownAgency')}
          </dd>
        </div>
        <div>
          <dt>{t('citizenPortal.procedure.level')}</dt>
          <dd>{t(`agencyLevel.${procedure.implementingLevel}`)}</dd>
        </div>
        {procedure.oneStopSection ? (
          <div>
            <dt>{t('citizenPortal.procedure.oneStopSection')}</dt>
            <dd data-testid="procedure-one-stop">
              {procedure.oneStopSection}
              {acceptsOnline(procedure.serviceLevel?.level) ? (
                <span className="op-hint-inline">{t('citizenPortal.procedure.oneStopOnline')}</span>
              ) : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('procedure.timeLimitLabel')}</dt>
          <dd data-testid="procedure-time-limit">
            {t(time.key, { count: time.count })}
            {onlineTime ? (
              <span className="op-hint-inline">
                {' '}
                {t('procedure.onlineTimeLimit', { limit: t(onlineTime.key, { count: onlineTime.count }) })}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('procedure.serviceLevel')}</dt>
          <dd>
            <ServiceLevelBadge level={procedure.serviceLevel?.level ?? null} />
          </dd>
        </div>
        <div>
          <dt>{t('procedure.fees')}</dt>
          <dd data-testid="procedure-fees">
            {total === null || total === 0 ? t('procedure.noFee') : formatVnd(total, i18n.language)}
          </dd>
        </div>
        <div>
          <dt>{t('procedure.result')}</dt>
          <dd>{procedure.resultName}</dd>
        </div>
      </dl>

      <h2>{t('procedure.components')}</h2>
      <ol className="op-components" data-testid="procedure-components">
        {procedure.components.map((c) => (
          <li key={c.id}>
            <span>{c.name}</span>
            <span className="op-hint-inline">
              {' '}
              {t('procedure.copies', { originals: c.originals, copies: c.copies })}
              {c.required ? null : ` ${t('procedure.optional')}`}
            </span>
          </li>
        ))}
      </ol>

      {procedure.fees.length > 0 ? (
        <>
          <h2>{t('procedure.feeLines')}</h2>
          <table className="op-table">
            <caption className="op-visually-hidden">{t('procedure.feeLines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('procedure.feeName')}</th>
                <th scope="col" className="op-num">
                  {t('procedure.feeAmount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {procedure.fees.map((f) => (
                <tr key={f.name}>
                  <td>
                    {f.name}
                    {f.note ? <span className="op-hint-inline"> ({f.note})</span> : null}
                  </td>
                  <td className="op-num">{formatVnd(f.amountVnd, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {procedure.conditions ? (
        <>
          <h2>{t('procedure.conditions')}</h2>
          <p>{procedure.conditions}</p>
        </>
      ) : null}
      <h2>{t('procedure.legalBasis')}</h2>
      <p className="op-legal">{procedure.legalBasis}</p>
    </div>
  );
}
