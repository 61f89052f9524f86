/** /p/: the published plans, newest year first. */
import type { Lang } from '../../core/labels.ts';
import { Layout, withLang } from '../Layout.tsx';
import { word } from '../words.ts';

export interface HomePlan {
  id: number;
  title: string;
  year: number;
  itemCount: number;
}

export function HomePage({ lang, plans }: { lang: Lang; plans: HomePlan[] }) {
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
              <span className="muted">
                {' '}
                · {plan.itemCount} {word('items', lang)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
