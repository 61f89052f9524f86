/**
 * The comments the office let through, with their official answers and times. Citizens' text is
 * shown as text: React escapes it, line breaks are kept by CSS, and nothing is turned into a link.
 */
import type { Lang } from '../../core/labels.ts';
import type { PublicItemDto } from '../../server/presenters/public-item.presenter.ts';
import { cw } from '../comment-words.ts';
import { formatInstant } from '../format.ts';
import { fill } from '../words.ts';

export function CommentList({ item, lang }: { item: PublicItemDto; lang: Lang }) {
  const { comments, rating } = item;
  return (
    <section aria-labelledby="comments">
      <h2 id="comments">
        {cw('heading', lang)} <span className="muted">({comments.length})</span>
      </h2>
      {rating.average !== null && (
        <p>{fill(cw('average', lang), { avg: rating.average.toFixed(1), count: rating.count })}</p>
      )}
      {comments.length === 0 ? (
        <p className="muted">{cw('none', lang)}</p>
      ) : (
        <ol className="comments">
          {comments.map((c, i) => (
            // Comments are shown by time; the public never sees their ids.
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered
            <li key={i} className="comment">
              <p className="muted">
                {fill(cw('posted', lang), { date: formatInstant(c.postedAt, lang) })}
                {c.rating !== null && <> · {fill(cw('rating', lang), { n: c.rating })}</>}
              </p>
              <p className="citizen-text">{c.body}</p>
              {c.answer ? (
                <div className="answer">
                  <h3>
                    {fill(cw('answer', lang), { date: formatInstant(c.answer.answeredAt, lang) })}
                  </h3>
                  <p className="citizen-text">{c.answer.text}</p>
                </div>
              ) : (
                <p className="muted">{cw('awaiting', lang)}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
