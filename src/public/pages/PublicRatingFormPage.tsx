/**
 * /p/ratings/:id while the rating is open: the public rates the year's items (满意 / 基本满意 /
 * 不满意, any it wishes), a plain form without script. Kept apart from the deputies' rating.
 */
import type { Lang } from '../../core/labels.ts';
import { GRADES } from '../../server/presenters/rating.presenter.ts';
import { pw } from '../congress-words.ts';
import { Layout, withLang } from '../Layout.tsx';

export interface PublicRatingForm {
  id: number;
  title: string;
  items: { id: number; no: string; task: string }[];
  token: string;
}

export function PublicRatingFormPage({
  lang,
  path,
  rating,
  sent,
  error,
}: {
  lang: Lang;
  path: string;
  rating: PublicRatingForm;
  sent: boolean;
  error?: string;
}) {
  return (
    <Layout lang={lang} title={rating.title} path={path}>
      <h1>{rating.title}</h1>
      {sent && (
        <div className="confirmation" role="status">
          <p>{pw('ratingThanks', lang)}</p>
        </div>
      )}
      {error && (
        <div className="error-summary" role="alert">
          <p>{error}</p>
        </div>
      )}
      <p>{pw('ratingIntro', lang)}</p>
      <form method="post" action={withLang(`/p/ratings/${rating.id}`, lang)} className="form">
        <input type="hidden" name="token" value={rating.token} />
        <input type="hidden" name="lang" value={lang} />
        {rating.items.map((item) => (
          <fieldset key={item.id} className="field">
            <legend>
              {item.no}. {item.task}
            </legend>
            <div className="choices">
              {GRADES.map((grade) => (
                <label key={grade} className="choice">
                  <input type="radio" name={`item${item.id}`} value={grade} /> {pw(grade, lang)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <button type="submit" className="button">
          {pw('ratingSubmit', lang)}
        </button>
      </form>
    </Layout>
  );
}
