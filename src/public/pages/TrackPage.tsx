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
import { TrackFrame } from '../components/TrackFrame.tsx';
import { formatInstant } from '../format.ts';
import { withLang } from '../Layout.tsx';
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
  const words = {
    title: cw('trackTitle', lang),
    received: cw('received', lang),
    keepNumber: cw('keepNumber', lang),
    intro: cw('trackIntro', lang),
    notFound: cw('notFound', lang),
    number: cw('trackNumber', lang),
    hint: cw('trackHint', lang),
    submit: cw('trackSubmit', lang),
  };
  return (
    <TrackFrame
      lang={lang}
      path={path}
      action="/p/track"
      words={words}
      typed={typed}
      found={comment?.trackingNumber ?? null}
      justSent={justSent}
    >
      {comment && <Result comment={comment} lang={lang} />}
    </TrackFrame>
  );
}
