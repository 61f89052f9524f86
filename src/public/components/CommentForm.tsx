/**
 * The comment form: a plain HTML form post that works without JavaScript, with a signed token,
 * GOV.UK-style error summary and the citizen's text kept when something needs fixing.
 */
import type { Lang } from '../../core/labels.ts';
import { COMMENT_MAX, CONTACT_MAX } from '../../server/services/comment.service.ts';
import { cw } from '../comment-words.ts';
import { withLang } from '../Layout.tsx';
import { fill } from '../words.ts';

export interface CommentFormState {
  token: string;
  values?: { body: string; rating: string; contact: string };
  error?: string;
}

const RATINGS = ['1', '2', '3', '4', '5'] as const;

export function CommentForm({
  itemId,
  form,
  lang,
}: {
  itemId: number;
  form: CommentFormState;
  lang: Lang;
}) {
  const values = form.values ?? { body: '', rating: '', contact: '' };
  return (
    <section aria-labelledby="comment-form">
      <h2 id="comment-form">{cw('formHeading', lang)}</h2>
      {form.error && (
        <div className="error-summary" role="alert" aria-labelledby="error-title">
          <h3 id="error-title">{cw('problem', lang)}</h3>
          <p>
            <a href="#body">{form.error}</a>
          </p>
        </div>
      )}
      <p>{cw('formIntro', lang)}</p>
      <form method="post" action={withLang(`/p/items/${itemId}/comments`, lang)} className="form">
        <input type="hidden" name="token" value={form.token} />
        <input type="hidden" name="lang" value={lang} />
        <div className={form.error ? 'field field-error' : 'field'}>
          <label htmlFor="body">{cw('body', lang)}</label>
          <p className="hint" id="body-hint">
            {fill(cw('bodyHint', lang), { max: COMMENT_MAX })}
          </p>
          <textarea
            id="body"
            name="body"
            rows={5}
            maxLength={COMMENT_MAX}
            required
            aria-describedby="body-hint"
            defaultValue={values.body}
          />
        </div>
        <fieldset className="field">
          <legend>{cw('ratingLegend', lang)}</legend>
          <div className="choices">
            {RATINGS.map((n) => (
              <label key={n} className="choice">
                <input type="radio" name="rating" value={n} defaultChecked={values.rating === n} />{' '}
                {cw(`rating${n}`, lang)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="contact">{cw('contact', lang)}</label>
          <p className="hint" id="contact-hint">
            {cw('contactHint', lang)}
          </p>
          <input
            id="contact"
            name="contact"
            type="text"
            autoComplete="email"
            maxLength={CONTACT_MAX}
            aria-describedby="contact-hint"
            defaultValue={values.contact}
          />
        </div>
        <button type="submit" className="button">
          {cw('submit', lang)}
        </button>
      </form>
    </section>
  );
}
