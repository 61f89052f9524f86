/**
 * /p/track: a citizen types the tracking number they were given and reads what became of their
 * comment — awaiting review, published, or not published with the reason — and the answer.
 * Right after sending a comment they land here with the number shown in a confirmation panel.
 */
import type { ReactNode } from 'react';
import type { Lang } from '../../core/labels.ts';
import type { TrackedCommentDto } from '../../server/presenters/public-comment.presenter.ts';
import { cw } from '../comment-words.ts';
import { SummaryList } from '../components/SummaryList.tsx';
import { formatInstant } from '../format.ts';
import { Layout, withLang } from '../Layout.tsx';
import { fill } from '../words.ts';

export interface TrackPageProps {
  lang: Lang;
  path: string;
  typed: string;
  comment: TrackedCommentDto | null;
  /** Just sent: show the confirmation panel. */
  justSent: boolean;
}

function Result({ comment, lang }: { comment: TrackedCommentDto; lang: Lang }) {
  const rows: [string, ReactNode][] = [
    [
      cw('trackNumber', lang),
      <span key="n" className="number">
        {comment.trackingNumber}
      </span>,
    ],
    [cw('postedAt', lang), formatInstant(comment.postedAt, lang)],
    [
      cw('item', lang),
      <a key="i" href={withLang(`/p/items/${comment.item.id}`, lang)}>
        {comment.item.task}
      </a>,
    ],
    [
      cw('status', lang),
      <strong key="s" className={`state state-${comment.status}`}>
        {cw(comment.status, lang)}
      </strong>,
    ],
  ];
  if (comment.rejectReason) rows.push([cw('reason', lang), comment.rejectReason]);
  if (comment.rating !== null) rows.push([cw('ratingTerm', lang), `${comment.rating}/5`]);
  return (
    <>
      <SummaryList rows={rows} />
      <h2>{cw('yourComment', lang)}</h2>
      <p className="citizen-text">{comment.body}</p>
      {comment.answer ? (
        <div className="answer">
          <h2>
            {fill(cw('answer', lang), { date: formatInstant(comment.answer.answeredAt, lang) })}
          </h2>
          <p className="citizen-text">{comment.answer.text}</p>
        </div>
      ) : (
        <p className="muted">{cw('awaiting', lang)}</p>
      )}
    </>
  );
}

export function TrackPage({ lang, path, typed, comment, justSent }: TrackPageProps) {
  return (
    <Layout lang={lang} title={cw('trackTitle', lang)} path={path}>
      {justSent && comment && (
        <div className="confirmation" role="status">
          <h1>{cw('received', lang)}</h1>
          <p>{cw('keepNumber', lang)}</p>
          <p className="number big">{comment.trackingNumber}</p>
        </div>
      )}
      {!justSent && <h1>{cw('trackTitle', lang)}</h1>}
      {comment ? (
        <Result comment={comment} lang={lang} />
      ) : (
        <>
          <p>{cw('trackIntro', lang)}</p>
          {typed && (
            <div className="error-summary" role="alert">
              <p>{cw('notFound', lang)}</p>
            </div>
          )}
        </>
      )}
      <form method="get" action="/p/track" className="form track-form">
        {lang === 'en' && <input type="hidden" name="lang" value="en" />}
        <div className="field">
          <label htmlFor="no">{cw('trackNumber', lang)}</label>
          <p className="hint" id="no-hint">
            {cw('trackHint', lang)}
          </p>
          <input
            id="no"
            name="no"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            aria-describedby="no-hint"
            defaultValue={typed}
          />
        </div>
        <button type="submit" className="button">
          {cw('trackSubmit', lang)}
        </button>
      </form>
    </Layout>
  );
}
