import { type FormEvent, useId, useRef, useState } from 'react';
import '../pki.css';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { type VerificationReport, verifyPdf } from '../api/pki.api.ts';
import {
  dateThenTime,
  documentReasons,
  documentVerdict,
  presentSignature,
} from '../utils/signature-report.ts';

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Checks the digital signatures of a PDF: a native file input (keyboard and screen-reader friendly on
 * every phone), the file sent as is to the public service, one card per signature. Plain markup: the
 * citizen portal shows it without antd, the officials' workspace reuses it.
 */
export function PdfVerification() {
  const { t } = useTranslation();
  const id = useId();
  const inputId = `${id}-file`;
  const fileRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<'none' | 'type' | 'size' | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [report, setReport] = useState<VerificationReport | null>(null);
  const [fileName, setFileName] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return setError('none');
    if (file.type && file.type !== 'application/pdf' && !/\.pdf$/i.test(file.name)) return setError('type');
    if (file.size > MAX_BYTES) return setError('size');
    setError(null);
    setProblem(null);
    setReport(null);
    setBusy(true);
    try {
      setReport(await verifyPdf(file));
      setFileName(file.name);
    } catch (e) {
      setProblem(e instanceof ApiProblem ? e : toApiProblem(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form onSubmit={(e) => void submit(e)} noValidate className="op-stack" data-testid="verify-form">
        <div className={error ? 'op-form-group has-error' : 'op-form-group'}>
          <label htmlFor={inputId} className="op-field-label">
            {t('pki.verify.fileLabel')}
          </label>
          <p id={`${inputId}-hint`} className="op-hint">
            {t('pki.verify.fileHint')}
          </p>
          {error ? (
            <p id={`${inputId}-error`} className="op-error-message" role="alert">
              {t(`pki.verify.fileError.${error}`)}
            </p>
          ) : null}
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            accept="application/pdf,.pdf"
            className="op-input op-file-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
            data-testid="verify-file"
          />
        </div>
        <div className="op-actions">
          <button
            type="submit"
            className="op-button op-button-primary"
            aria-disabled={busy}
            data-testid="verify-submit"
          >
            {busy ? t('pki.verify.checking') : t('pki.verify.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {problem ? <ProblemAlert problem={problem} /> : null}
        {report ? <VerificationResult report={report} fileName={fileName} /> : null}
      </div>
    </>
  );
}

function VerificationResult({ report, fileName }: { report: VerificationReport; fileName: string }) {
  const { t } = useTranslation();
  const overall = report.indication;
  const verdict = documentVerdict(report);
  const whyDocument = documentReasons(report.reasons);
  return (
    <section
      className="op-panel op-verify-result"
      aria-labelledby="verify-result-title"
      data-testid="verify-result"
    >
      <h2 id="verify-result-title">{t('pki.verify.resultTitle', { file: fileName })}</h2>
      <p
        className={`op-verdict op-verdict-${overall.toLowerCase()}`}
        data-testid="verify-overall"
        data-indication={overall}
      >
        {t(`pki.verify.overall.${verdict}`)}
      </p>
      {whyDocument.length > 0 ? (
        <ul className="op-verify-document-reasons" data-testid="verify-document-reasons">
          {whyDocument.map((code) => (
            <li key={code} data-code={code}>
              {t(`pki.verify.documentReason.${code}`)}
            </li>
          ))}
        </ul>
      ) : null}
      {report.signatures.length === 0 ? <p>{t('pki.verify.noSignature')}</p> : null}
      <ol className="op-verify-list">
        {report.signatures.map((raw, index) => {
          const s = presentSignature(raw);
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: a report's signatures are a fixed list in document order.
              key={`${raw.fieldName ?? ''}-${index}`}
              className="op-verify-signature"
              data-testid="verify-signature"
              data-indication={s.indication}
            >
              <h3>{t('pki.verify.signatureN', { n: index + 1 })}</h3>
              <dl className="op-summary-list">
                <div>
                  <dt>{t('pki.verify.result')}</dt>
                  <dd>
                    <span
                      className={`op-verdict op-verdict-${s.indication.toLowerCase()}`}
                      data-testid="verify-indication"
                    >
                      {t(`pki.verify.indication.${s.indication}`)}
                    </span>
                    <span className="op-verify-explanation">
                      {t(`pki.verify.explanation.${s.explanation}`)}
                    </span>
                  </dd>
                </div>
                <div>
                  <dt>{t('pki.verify.signer')}</dt>
                  <dd data-testid="verify-signer">{s.signer ?? t('pki.verify.unknown')}</dd>
                </div>
                <div>
                  <dt>{t('pki.verify.organisation')}</dt>
                  <dd>{s.organisation ?? t('pki.verify.unknown')}</dd>
                </div>
                <div>
                  <dt>{t('pki.verify.signedAt')}</dt>
                  <dd>
                    {s.signedAt ? dateThenTime(formatDateTime(s.signedAt)) : t('pki.verify.unknown')}
                    {s.timeSource ? (
                      <span className="op-hint-inline"> {t(`pki.verify.timeSource.${s.timeSource}`)}</span>
                    ) : null}
                  </dd>
                </div>
                <div>
                  <dt>{t('pki.verify.modified')}</dt>
                  <dd data-testid="verify-modified" data-modified={s.modified}>
                    {t(`pki.verify.modifiedValue.${s.modified}`)}
                  </dd>
                </div>
                {s.serialNumber ? (
                  <div>
                    <dt>{t('pki.verify.serial')}</dt>
                    <dd>
                      <code className="op-break">{s.serialNumber}</code>
                    </dd>
                  </div>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ol>
      <p className="op-muted op-small">
        {t('pki.verify.validationTime', { time: dateThenTime(formatDateTime(report.validationTime)) })}
      </p>
    </section>
  );
}
