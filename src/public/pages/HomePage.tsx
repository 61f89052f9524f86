/** /p/: the published plans, newest year first, each with the period its public view shows. */
import type { Lang } from '../../core/labels.ts';
import type { PublicPlanSummaryDto } from '../../server/presenters/public-plan.presenter.ts';
import { formatDate, formatInstant } from '../format.ts';
import { Layout, withLang } from '../Layout.tsx';
import { fill, word } from '../words.ts';

export function HomePage({ lang, plans }: { lang: Lang; plans: PublicPlanSummaryDto[] }) {
  return (
    <Layout lang={lang} title={word('navPlans', lang)} path="/p/">
      <h1>{word('navPlans', lang)}</h1>
      {plans.length === 0 ? (
        <p>{word('noPlans', lang)}</p>
      ) : (
        <ul className="plan-list">
          {plans.map((plan) => (
            <li key={plan.id}>
              <a href={withLang(`/p/plans/${plan.id}`, lang)}>{plan.title}</a>
              <p className="muted">
                {fill(word('planLine', lang), {
                  count: plan.itemCount,
                  end: formatDate(plan.period.end, lang),
                  period: plan.period.label,
                })}{' '}
                · {fill(word('updated', lang), { date: formatInstant(plan.updatedAt, lang) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
