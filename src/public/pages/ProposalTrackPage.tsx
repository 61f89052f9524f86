/**
 * /p/proposals/track: "what happened to my proposal" — the stage it reached (screening, merged
 * into a candidate, refused, reserve pool, the vote, the plan) and the office's reason.
 */
import type { ReactNode } from 'react';
import type { Lang } from '../../core/labels.ts';
import type { TrackedProposalDto } from '../../server/presenters/proposal.presenter.ts';
import { SummaryList } from '../components/SummaryList.tsx';
import { TrackFrame } from '../components/TrackFrame.tsx';
import { pw } from '../congress-words.ts';
import { formatDate } from '../format.ts';
import { withLang } from '../Layout.tsx';
import { fill } from '../words.ts';

function Result({ proposal, lang }: { proposal: TrackedProposalDto; lang: Lang }) {
  const rows: [string, ReactNode][] = [
    [
      pw('trackNumber', lang),
      <span key="n" className="number">
        {proposal.trackingNumber}
      </span>,
    ],
    [pw('title', lang), proposal.title],
    [pw('receivedOn', lang), formatDate(proposal.receivedOn, lang)],
    [
      pw('outcome', lang),
      <strong key="o" className={`state state-${proposal.stage}`}>
        {lang === 'zh' ? proposal.outcome : proposal.outcomeEn}
      </strong>,
    ],
  ];
  if (proposal.ground) rows.push([pw('ground', lang), proposal.ground]);
  if (proposal.reason) rows.push([pw('reason', lang), proposal.reason]);
  if (proposal.candidate && proposal.candidate.proposals > 1)
    rows.push([
      pw('mergedInto', lang),
      `${proposal.candidate.title}${fill(pw('mergedCount', lang), { n: proposal.candidate.proposals })}`,
    ]);
  if (proposal.vote)
    rows.push([
      pw('votes', lang),
      <a key="v" href={withLang(`/p/votes/${proposal.vote.sessionId}`, lang)}>
        {proposal.vote.votes}
      </a>,
    ]);
  if (proposal.itemId !== null)
    rows.push([
      pw('planItem', lang),
      <a key="i" href={withLang(`/p/items/${proposal.itemId}`, lang)}>
        {pw('seeItem', lang)}
      </a>,
    ]);
  return <SummaryList rows={rows} />;
}

export function ProposalTrackPage({
  lang,
  path,
  typed,
  proposal,
  justSent,
}: {
  lang: Lang;
  path: string;
  typed: string;
  proposal: TrackedProposalDto | null;
  justSent: boolean;
}) {
  const words = {
    title: pw('trackTitle', lang),
    received: pw('received', lang),
    keepNumber: pw('keepNumber', lang),
    intro: pw('trackIntro', lang),
    notFound: pw('notFound', lang),
    number: pw('trackNumber', lang),
    hint: pw('trackHint', lang),
    submit: pw('trackSubmit', lang),
  };
  return (
    <TrackFrame
      lang={lang}
      path={path}
      action="/p/proposals/track"
      words={words}
      typed={typed}
      found={proposal?.trackingNumber ?? null}
      justSent={justSent}
    >
      {proposal && <Result proposal={proposal} lang={lang} />}
    </TrackFrame>
  );
}
