/**
 * The tally of a competitive vote (差额票决), from the ballots alone: anyone holding the published
 * ballots and counts gets the same result. Pure; the caller brings the ballots.
 *
 * Rules per session: how many seats, who passes (more than half of the ballots cast, more than
 * half of the electorate, or simply most votes), and what a tie at the last seat does (the
 * earlier registered candidate wins, or the tied candidates go to a re-vote).
 */

export type PassRule = 'more_than_half_cast' | 'more_than_half_electorate' | 'plurality';
export type TieRule = 'earlier_registration' | 'revote';

export interface TallyRules {
  seats: number;
  passRule: PassRule;
  tieRule: TieRule;
  /** Deputies entitled to vote. */
  electorate: number;
}

export interface PaperCount {
  /** Paper or keypad ballots cast, abstentions included. */
  ballots: number;
  abstentions: number;
  /** Votes per candidate id. */
  votes: Record<number, number>;
}

export interface CandidateTally {
  candidateId: number;
  votes: number;
  passed: boolean;
  elected: boolean;
  rank: number;
}

export interface Tally {
  ballotsCast: number;
  electronicBallots: number;
  paperBallots: number;
  abstentions: number;
  candidates: CandidateTally[];
  elected: number[];
  /** Candidates tied for the last seat(s) when the tie rule calls a re-vote; else empty. */
  revote: number[];
}

/**
 * `candidates` in registration order (the ballot's order); `ballots` each a list of chosen ids
 * ([] an abstention).
 */
export function tallyVote(
  candidates: readonly number[],
  ballots: readonly (readonly number[])[],
  paper: PaperCount,
  rules: TallyRules,
): Tally {
  const votes = new Map(candidates.map((id) => [id, paper.votes[id] ?? 0]));
  let abstentions = paper.abstentions;
  for (const ballot of ballots) {
    if (ballot.length === 0) abstentions += 1;
    for (const id of ballot) if (votes.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const ballotsCast = ballots.length + paper.ballots;
  const passes = (n: number) =>
    rules.passRule === 'more_than_half_cast'
      ? n * 2 > ballotsCast
      : rules.passRule === 'more_than_half_electorate'
        ? n * 2 > rules.electorate
        : n > 0;
  const order = candidates
    .map((id, registered) => ({ id, registered, votes: votes.get(id) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.registered - b.registered);
  const passing = order.filter((c) => passes(c.votes));
  let elected = passing.slice(0, rules.seats).map((c) => c.id);
  let revote: number[] = [];
  const last = passing[rules.seats - 1];
  const next = passing[rules.seats];
  if (rules.tieRule === 'revote' && last && next && last.votes === next.votes) {
    revote = passing.filter((c) => c.votes === last.votes).map((c) => c.id);
    elected = elected.filter((id) => !revote.includes(id));
  }
  const chosen = new Set(elected);
  return {
    ballotsCast,
    electronicBallots: ballots.length,
    paperBallots: paper.ballots,
    abstentions,
    candidates: order.map((c, i) => ({
      candidateId: c.id,
      votes: c.votes,
      passed: passes(c.votes),
      elected: chosen.has(c.id),
      rank: i + 1,
    })),
    elected,
    revote,
  };
}
