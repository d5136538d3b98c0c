import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { formatDateTime, formatVnd } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import {
  type Dossier,
  documentUrl,
  fetchDossier,
  paymentQrUrl,
  payWithSimulator,
} from '../api/dossiers.api.ts';

/** How often and how long the page asks whether the gateway's receipt has reached the dossier. */
const POLL_MS = 2_000;
const POLL_LIMIT = 30;

/**
 * The fee request of a dossier (Decree 45/2020: fees paid online): the amount, the transfer content, the
 * VietQR code any banking app reads and the payment notice (PDF); the receipts once paid. In the demo, the
 * local gateway simulator can "pay"; the receipt arrives through the job queue, so the page asks again
 * every two seconds (at most a minute) until the dossier shows the payment.
 */
export function PaymentPanel({ dossier, onChanged }: { dossier: Dossier; onChanged: (d: Dossier) => void }) {
  const { t, i18n } = useTranslation();
  const request = dossier.paymentRequest;
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [waiting, setWaiting] = useState(false);
  const [simulator, setSimulator] = useState(true);
  const polls = useRef(0);

  useEffect(() => {
    if (!waiting) return;
    if (!dossier.paymentRequest) {
      setWaiting(false);
      return;
    }
    if (polls.current >= POLL_LIMIT) {
      setWaiting(false);
      return;
    }
    const timer = window.setTimeout(() => {
      polls.current += 1;
      fetchDossier(dossier.id)
        .then(onChanged)
        .catch((e: unknown) => setProblem(e instanceof ApiProblem ? e : toApiProblem(e)));
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, dossier, onChanged]);

  async function pay() {
    if (!request || waiting) return;
    setProblem(null);
    try {
      await payWithSimulator(request.paymentId);
      polls.current = 0;
      setWaiting(true);
    } catch (e) {
      const p = e instanceof ApiProblem ? e : toApiProblem(e);
      // No simulator route on this server (production): the button goes away.
      if (p.status === 404) setSimulator(false);
      else setProblem(p);
    }
  }

  if (!request && dossier.payments.length === 0) return null;
  return (
    <section aria-labelledby="payment-heading" className="op-panel" data-testid="payment-panel">
      <h2 id="payment-heading">{t('myDossiers.payment.title')}</h2>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {request ? (
        <>
          <p>{t('myDossiers.payment.intro')}</p>
          <dl className="op-summary-list">
            <div>
              <dt>{t('myDossiers.payment.amount')}</dt>
              <dd data-testid="payment-amount">{formatVnd(request.amount, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('myDossiers.payment.content')}</dt>
              <dd data-testid="payment-code">{request.paymentCode}</dd>
            </div>
          </dl>
          <img
            className="op-qr"
            src={paymentQrUrl(dossier.id)}
            width={200}
            height={200}
            alt={t('myDossiers.payment.qrAlt', {
              amount: formatVnd(request.amount, i18n.language),
              code: request.paymentCode,
            })}
            data-testid="payment-qr"
          />
          <p>
            <a href={documentUrl(dossier.id, 'payment.pdf')} data-testid="payment-notice">
              {t('myDossiers.payment.notice')}
            </a>
          </p>
          {simulator ? (
            <div className="op-actions">
              <button
                type="button"
                className="op-button"
                onClick={() => void pay()}
                aria-disabled={waiting}
                data-testid="payment-simulate"
              >
                {t('myDossiers.payment.simulate')}
              </button>
            </div>
          ) : null}
          <p className="op-hint" role="status">
            {waiting ? t('myDossiers.payment.waiting') : ''}
          </p>
        </>
      ) : null}
      {dossier.payments.length ? (
        <ul className="op-doc-list" aria-live="polite" data-testid="payment-receipts">
          {dossier.payments.map((p) => (
            <li key={p.paymentId}>
              {t('myDossiers.payment.paid', {
                amount: formatVnd(p.amount, i18n.language),
                at: formatDateTime(p.paidAt),
                receipt: p.receiptNumber,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
