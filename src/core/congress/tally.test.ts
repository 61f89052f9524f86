import { describe, expect, it } from 'vitest';
import { tallyVote } from './tally.ts';

const none = { ballots: 0, abstentions: 0, votes: {} };

describe('tallyVote', () => {
  it('elects the most voted among those with more than half of the ballots cast', () => {
    const t = tallyVote([1, 2, 3], [[1, 2], [1, 3], [1, 2], []], none, {
      seats: 2,
      passRule: 'more_than_half_cast',
      tieRule: 'earlier_registration',
      electorate: 5,
    });
    expect(t.ballotsCast).toBe(4);
    expect(t.abstentions).toBe(1);
    // 2 has 2 of 4 votes: not more than half.
    expect(t.elected).toEqual([1]);
    expect(t.candidates.map((c) => [c.candidateId, c.votes])).toEqual([
      [1, 3],
      [2, 2],
      [3, 1],
    ]);
  });

  it('adds paper counts to the electronic ballots', () => {
    const t = tallyVote(
      [1, 2],
      [[2]],
      { ballots: 3, abstentions: 1, votes: { 1: 2, 2: 1 } },
      {
        seats: 1,
        passRule: 'plurality',
        tieRule: 'earlier_registration',
        electorate: 4,
      },
    );
    expect(t.ballotsCast).toBe(4);
    expect(t.abstentions).toBe(1);
    // 2 against 2: the earlier registered wins.
    expect(t.elected).toEqual([1]);
  });

  it('sends a tie at the last seat to a re-vote when the rule says so', () => {
    const t = tallyVote(
      [1, 2, 3],
      [
        [1, 2],
        [1, 3],
      ],
      none,
      {
        seats: 2,
        passRule: 'plurality',
        tieRule: 'revote',
        electorate: 2,
      },
    );
    expect(t.elected).toEqual([1]);
    expect(t.revote).toEqual([2, 3]);
  });
});
