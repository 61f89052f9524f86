/**
 * A plan as published for one period (/p/plans/:id, and /p/plans/:id/periods/:period for the
 * earlier ones): what the time-proportional line is, how many items are in each status, then the
 * items by category, each with its status in words and colour, its figures against target and
 * the unit's own words.
 */
import type { Lang } from '../../core/labels.ts';
import type { PublicPlanDto } from '../../server/presenters/public-plan.presenter.ts';
import { IndicatorList } from '../components/IndicatorList.tsx';
import { ReportPoints } from '../components/ReportPoints.tsx';
import { StatusSummary } from '../components/StatusSummary.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { formatDate, formatInstant, formatPercent } from '../format.ts';
import { Layout, withLang } from '../Layout.tsx';
import { pw } from '../plan-words.ts';
import { fill, word } from '../words.ts';

export function PlanPage({ plan, lang, path }: { plan: PublicPlanDto; lang: Lang; path: string }) {
  const latest = plan.periods[0];
  const items = plan.categories.flatMap((c) => c.items);
  const others = plan.periods.filter((p) => p.id !== plan.period.id);
  return (
    <Layout
      lang={lang}
      title={`${plan.title} ${plan.period.label}`}
      path={path}
      crumbs={[{ href: '/p/', label: word('home', lang) }]}
    >
      <h1>{plan.title}</h1>
      <p className="lead">
        {fill(pw('asOf', lang), {
          end: formatDate(plan.period.end, lang),
          period: plan.period.label,
          published: formatInstant(plan.period.publishedAt, lang),
        })}{' '}
        {plan.declaredItemCount !== null &&
          fill(pw('declared', lang), { n: plan.declaredItemCount })}
      </p>
      {latest && latest.id !== plan.period.id && (
        <p className="notice">
          {pw('olderPeriod', lang)}{' '}
          <a href={withLang(`/p/plans/${plan.id}`, lang)}>{pw('latest', lang)}</a>
        </p>
      )}
      <div className="panel">
        <p>
          {fill(pw('expectedLine', lang), {
            end: formatDate(plan.period.end, lang),
            expected: formatPercent(plan.expected),
          })}
        </p>
        <StatusSummary statuses={items.map((i) => i.assessment.status)} lang={lang} />
        <p className="hint">{pw('howJudged', lang)}</p>
      </div>
      {others.length > 0 && (
        <nav className="periods" aria-label={pw('otherPeriods', lang)}>
          {pw('otherPeriods', lang)}：
          {others.map((p) => (
            <a key={p.id} href={withLang(`/p/plans/${plan.id}/periods/${p.id}`, lang)}>
              {p.label}
            </a>
          ))}
        </nav>
      )}
      {plan.categories.map((category, c) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: categories keep the plan's order
        <section key={c} aria-labelledby={`category-${c}`}>
          <h2 id={`category-${c}`}>
            {[category.ordinal, category.title].filter(Boolean).join('、') ||
              pw('noCategory', lang)}
          </h2>
          <ol className="items">
            {category.items.map((item) => (
              <li key={item.id} className="item-card">
                <p className="item-no">{fill(pw('itemNo', lang), { no: item.no })}</p>
                <h3>
                  <a href={withLang(`/p/items/${item.id}`, lang)}>{item.task}</a>
                </h3>
                <p>
                  <StatusTag status={item.assessment.status} lang={lang} />
                  {item.leadUnit && (
                    <span className="muted">
                      {' '}
                      {pw('leadUnit', lang)}：{item.leadUnit}
                    </span>
                  )}
                </p>
                <IndicatorList indicators={item.indicators} lang={lang} />
                {item.report ? (
                  <details>
                    <summary>
                      {pw('progress', lang)}
                      {item.report.statusLabel &&
                        ` · ${pw('unitSays', lang)}${item.report.statusLabel}`}
                    </summary>
                    <ReportPoints points={item.report.points} />
                  </details>
                ) : (
                  <p className="muted">{pw('noReport', lang)}</p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p className="links">
        <a href={withLang('/p/open-data', lang)}>{pw('openData', lang)}</a>
        {pw('code', lang)}：
        <a href={`/api/public/plans/${plan.id}/qr.svg`}>{pw('downloadSvg', lang)}</a>
        <a href={`/api/public/plans/${plan.id}/qr.png`}>{pw('downloadPng', lang)}</a>
        <a href={withLang(`/p/plans/${plan.id}/poster`, lang)}>{pw('poster', lang)}</a>
      </p>
    </Layout>
  );
}
