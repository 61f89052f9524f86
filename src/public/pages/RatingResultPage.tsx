/** /p/ratings/:id: the deputies' satisfaction rating per item, the public's ratings beside it. */
import type { Lang } from '../../core/labels.ts';
import type { PublicRatingDto } from '../../server/presenters/rating.presenter.ts';
import { pw } from '../congress-words.ts';
import { formatPercent } from '../format.ts';
import { Layout, withLang } from '../Layout.tsx';
import { fill } from '../words.ts';

export function RatingResultPage({
  lang,
  path,
  rating,
}: {
  lang: Lang;
  path: string;
  rating: PublicRatingDto;
}) {
  return (
    <Layout lang={lang} title={pw('ratingTitle', lang)} path={path}>
      <h1>{rating.title}</h1>
      <p>{fill(pw('ratingRule', lang), { percent: rating.passPercent })}</p>
      <div className="table-wrap">
        <table className="result-table">
          <thead>
            <tr>
              <th scope="col">{pw('item', lang)}</th>
              <th scope="col">{pw('satisfied', lang)}</th>
              <th scope="col">{pw('basically_satisfied', lang)}</th>
              <th scope="col">{pw('unsatisfied', lang)}</th>
              <th scope="col">{pw('result', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {rating.items.map((item) => (
              <tr key={item.itemId}>
                <td>
                  <a href={withLang(`/p/items/${item.itemId}`, lang)}>
                    {item.no}. {item.task}
                  </a>
                </td>
                <td>{item.deputies.satisfied}</td>
                <td>{item.deputies.basically_satisfied}</td>
                <td>{item.deputies.unsatisfied}</td>
                <td>
                  {item.passed ? pw('passed', lang) : <strong>{pw('failed', lang)}</strong>} (
                  {formatPercent(item.share)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
