/** /p/votes/:id: the published result of the deputies' vote, recomputed from the ballots. */
import type { Lang } from '../../core/labels.ts';
import type { PublicVoteDto } from '../../server/presenters/vote.presenter.ts';
import { pw } from '../congress-words.ts';
import { Layout } from '../Layout.tsx';
import { fill } from '../words.ts';

export function VoteResultPage({
  lang,
  path,
  vote,
}: {
  lang: Lang;
  path: string;
  vote: PublicVoteDto;
}) {
  const { tally } = vote;
  return (
    <Layout lang={lang} title={pw('voteTitle', lang)} path={path}>
      <h1>{vote.title}</h1>
      <p>
        {fill(pw('voteFacts', lang), {
          electorate: vote.electorate,
          cast: tally.ballotsCast,
          abstain: tally.abstentions,
          seats: vote.seats,
          candidates: tally.candidates.length,
        })}
      </p>
      <div className="table-wrap">
        <table className="result-table">
          <thead>
            <tr>
              <th scope="col">{pw('rank', lang)}</th>
              <th scope="col">{pw('candidate', lang)}</th>
              <th scope="col">{pw('voteCount', lang)}</th>
              <th scope="col">{pw('result', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {tally.candidates.map((c) => (
              <tr key={c.candidateId}>
                <td>{c.rank}</td>
                <td>{c.title}</td>
                <td>{c.votes}</td>
                <td>
                  {c.elected ? (
                    <strong>{pw('electedMark', lang)}</strong>
                  ) : (
                    pw('notElectedMark', lang)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {pw('recount', lang)} <a href={`/api/public/votes/${vote.id}/ballots`}>ballots.json</a>
      </p>
    </Layout>
  );
}
