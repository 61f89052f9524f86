/**
 * /p/open-data: every public plan's data to download — the plan document (JSON), the summary
 * table (CSV, Excel, Word), the Atom feed of publications — with the licence, the date of the
 * last update and where the API is described.
 */
import type { Lang } from '../../core/labels.ts';
import type { PublicPlanSummaryDto } from '../../server/presenters/public-plan.presenter.ts';
import { formatDate, formatInstant } from '../format.ts';
import { Layout } from '../Layout.tsx';
import { defineWords, fill, word } from '../words.ts';

const w = defineWords({
  intro: {
    zh: '本站公开的计划与进展数据可以自由下载和使用。数据只包含已整期发布的内容，与网页所示一致；每次发布后自动更新。',
    en: 'The plans and progress on this site are free to download and use. They hold only what was published as a whole, as the pages show, and update with every publication.',
  },
  licence: { zh: '许可协议', en: 'Licence' },
  licenceText: {
    zh: '数据以 {licence} 许可开放：可以复制、分发、改编和商业使用，请注明来源（本站名称和网址）。',
    en: 'The data is open under {licence}: copy, share, adapt and use it commercially, naming this site as the source.',
  },
  asOf: {
    zh: '数据截至{end}（{period}），最近更新：{updated}',
    en: 'Data to {end} ({period}); last updated {updated}',
  },
  json: {
    zh: '计划文档（JSON，格式 minsheng.plan/1）',
    en: 'Plan document (JSON, schema minsheng.plan/1)',
  },
  csv: { zh: '进展情况汇总表（CSV）', en: 'Summary table (CSV)' },
  xlsx: { zh: '进展情况汇总表（Excel）', en: 'Summary table (Excel)' },
  docx: { zh: '进展情况汇总表（Word）', en: 'Summary table (Word)' },
  feed: { zh: '新发布进展订阅（Atom）', en: 'New publications (Atom feed)' },
  api: { zh: '接口说明', en: 'API' },
  apiText: {
    zh: '所有公开数据也可通过接口按计划、事项读取，接口文档（OpenAPI）见',
    en: 'Every public figure can also be read by plan and item through the API, described (OpenAPI) at',
  },
  fields: { zh: '主要字段', en: 'Main fields' },
  fieldStatus: {
    zh: 'assessment.status：completed 已完成，on_track 按序时推进，lagging 滞后，severely_lagging 严重滞后，unknown 无法评估。',
    en: 'assessment.status: completed, on_track, lagging, severely_lagging, unknown (nothing measurable).',
  },
  fieldExpected: {
    zh: 'expected：序时进度，即报告期末已过去的时间占全年（或事项周期）的比例；completion：实际完成数÷目标数。',
    en: 'expected: the share of the year (or the item’s span) gone at the period end; completion: actual ÷ target.',
  },
  none: { zh: '暂无已发布的数据。', en: 'Nothing has been published yet.' },
});

export function OpenDataPage({
  lang,
  plans,
  licence,
}: {
  lang: Lang;
  plans: PublicPlanSummaryDto[];
  licence: { name: string; url: string };
}) {
  const title = word('navOpenData', lang);
  return (
    <Layout
      lang={lang}
      title={title}
      path="/p/open-data"
      crumbs={[{ href: '/p/', label: word('home', lang) }]}
    >
      <h1>{title}</h1>
      <p className="lead">{w('intro', lang)}</p>
      <h2>{w('licence', lang)}</h2>
      <p>
        {fill(w('licenceText', lang), { licence: licence.name })}{' '}
        <a href={licence.url} rel="license">
          {licence.name}
        </a>
      </p>
      {plans.length === 0 && <p>{w('none', lang)}</p>}
      {plans.map((plan) => {
        const base = `/api/public/plans/${plan.id}`;
        return (
          <section key={plan.id} aria-labelledby={`plan-${plan.id}`}>
            <h2 id={`plan-${plan.id}`}>{plan.title}</h2>
            <p className="muted">
              {fill(w('asOf', lang), {
                end: formatDate(plan.period.end, lang),
                period: plan.period.label,
                updated: formatInstant(plan.updatedAt, lang),
              })}
            </p>
            <ul className="downloads">
              <li>
                <a href={`${base}/table.json`}>{w('json', lang)}</a>
              </li>
              <li>
                <a href={`${base}/table.csv`}>{w('csv', lang)}</a>
              </li>
              <li>
                <a href={`${base}/table.xlsx`}>{w('xlsx', lang)}</a>
              </li>
              <li>
                <a href={`${base}/table.docx`}>{w('docx', lang)}</a>
              </li>
              <li>
                <a href={`${base}/feed.atom`} type="application/atom+xml">
                  {w('feed', lang)}
                </a>
              </li>
            </ul>
          </section>
        );
      })}
      <h2>{w('api', lang)}</h2>
      <p>
        {w('apiText', lang)} <a href="/api/docs">/api/docs</a>
      </p>
      <h2>{w('fields', lang)}</h2>
      <ul>
        <li>{w('fieldStatus', lang)}</li>
        <li>{w('fieldExpected', lang)}</li>
      </ul>
    </Layout>
  );
}
