import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { type Dossier, rateDossier } from '../api/dossiers.api.ts';

const SCORES = [5, 4, 3, 2, 1] as const;

/** Satisfaction (1–5) once the result is out, as Decree 61/2018 asks the one-stop section to collect. */
export function RatingForm({ dossier, onRated }: { dossier: Dossier; onRated: (d: Dossier) => void }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (rating === null) return setMissing(true);
    setMissing(false);
    try {
      onRated(await rateDossier(dossier.id, rating, comment.trim() || undefined));
    } catch (e) {
      setProblem(e instanceof ApiProblem ? e : toApiProblem(e));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="op-stack" data-testid="rating-form">
      {problem ? <ProblemAlert problem={problem} /> : null}
      <fieldset className={missing ? 'op-radios op-form-group has-error' : 'op-radios op-form-group'}>
        <legend className="op-field-label">{t('rating.question')}</legend>
        {missing ? (
          <p className="op-error-message" role="alert">
            {t('rating.required')}
          </p>
        ) : null}
        {SCORES.map((score) => (
          <div className="op-radio" key={score}>
            <input
              type="radio"
              id={`rating-${score}`}
              name="rating"
              value={score}
              checked={rating === score}
              onChange={() => setRating(score)}
            />
            <label htmlFor={`rating-${score}`}>{t(`rating.scores.${score}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="op-form-group">
        <label htmlFor="rating-comment" className="op-field-label">
          {t('rating.comment')} {t('apply.optionalMark')}
        </label>
        <textarea
          id="rating-comment"
          className="op-input op-textarea"
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="op-actions">
        <button type="submit" className="op-button op-button-primary">
          {t('rating.submit')}
        </button>
      </div>
    </form>
  );
}
