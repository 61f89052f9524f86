/**
 * One item (/p/items/:id), where a 民生码 at the project site leads: the commitment, its status
 * and figures in the plan's public period, the unit's words, how it moved period by period,
 * every published version with its date, the comments with their answers, and the comment form.
 */
import type { Lang } from '../../core/labels.ts';
import type {
  PublicationDto,
  PublicItemDto,
} from '../../server/presenters/public-item.presenter.ts';
import { CommentForm, type CommentFormState } from '../components/CommentForm.tsx';
import { CommentList } from '../components/CommentList.tsx';
import { type ChartPeriod, HistoryChart } from '../components/HistoryChart.tsx';
import { IndicatorList } from '../components/IndicatorList.tsx';
import { ReportPoints } from '../components/ReportPoints.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { SummaryList } from '../components/SummaryList.tsx';
import { formatDate, formatInstant } from '../format.ts';
import { Layout, withLang } from '../Layout.tsx';
import { pw } from '../plan-words.ts';
import { fill, word } from '../words.ts';

/** The latest version of each period, oldest period first: what the chart draws. */
function chartPoints(history: PublicationDto[]): ChartPeriod[] {
  const latest = new Map<number, PublicationDto>();
  for (const version of [...history].reverse()) latest.set(version.period.id, version);
  return [...latest.values()]
    .sort((a, b) => a.period.end.localeCompare(b.period.end))
    .map((v) => ({ label: v.period.label, indicators: v.indicators }));
}

function Facts({ item, lang }: { item: PublicItemDto; lang: Lang }) {
  const rows: [string, string][] = [
    [pw('leadUnit', lang), item.leadUnit ?? '—'],
    [
      pw('units', lang),
      item.responsibilities.map((r) => (r.person ? `${r.unit}（${r.person}）` : r.unit)).join('；'),
    ],
    [pw('leaders', lang), item.leaders.join('、') || '—'],
    [pw('deadline', lang), formatDate(item.deadline, lang)],
  ];
  return <SummaryList rows={rows} />;
}

function History({ item, lang }: { item: PublicItemDto; lang: Lang }) {
  return (
    <section aria-labelledby="history">
      <h2 id="history">{pw('history', lang)}</h2>
      <p className="hint">{pw('historyIntro', lang)}</p>
      <ul className="history">
        {item.history.map((v) => (
          <li key={v.id} id={`publication-${v.id}`}>
            <details>
              <summary>
                {fill(pw('edition', lang), {
                  period: v.period.label,
                  date: formatInstant(v.publishedAt, lang),
                })}
                {v.edition > 1 && (
                  <strong className="correction">
                    {' '}
                    {fill(pw('correction', lang), { n: v.edition })}
                  </strong>
                )}
              </summary>
              <p>
                <StatusTag status={v.assessment.status} lang={lang} />
                {v.report?.statusLabel && (
                  <span className="muted">
                    {' '}
                    {pw('unitSays', lang)}
                    {v.report.statusLabel}
                  </span>
                )}
              </p>
              {v.report && <ReportPoints points={v.report.points} />}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Code({ item, lang }: { item: PublicItemDto; lang: Lang }) {
  const base = `/api/public/items/${item.id}/qr`;
  return (
    <section aria-labelledby="code" className="code">
      <h2 id="code">{pw('code', lang)}</h2>
      <img src={`${base}.svg`} alt={pw('codeAlt', lang)} width="144" height="144" />
      <p>{pw('codeIntro', lang)}</p>
      <p className="links">
        <a href={`${base}.svg`} download>
          {pw('downloadSvg', lang)}
        </a>
        <a href={`${base}.png`} download>
          {pw('downloadPng', lang)}
        </a>
        <a href={withLang(`/p/items/${item.id}/poster`, lang)}>{pw('poster', lang)}</a>
      </p>
    </section>
  );
}

export function ItemPage({
  item,
  lang,
  path,
  form,
}: {
  item: PublicItemDto;
  lang: Lang;
  path: string;
  form: CommentFormState;
}) {
  const { current } = item;
  const no = fill(pw('itemNo', lang), { no: item.no });
  return (
    <Layout
      lang={lang}
      title={`${no} ${item.task.slice(0, 30)}`}
      path={path}
      crumbs={[
        { href: '/p/', label: word('home', lang) },
        { href: `/p/plans/${item.plan.id}`, label: item.plan.title },
      ]}
    >
      <p className="caption">
        {[item.category.ordinal, item.category.title].filter(Boolean).join('、')} · {no}
      </p>
      <h1 className="task">{item.task}</h1>
      {current ? (
        <p className="lead">
          <StatusTag status={current.assessment.status} lang={lang} />{' '}
          {fill(pw('asOf', lang), {
            end: formatDate(current.period.end, lang),
            period: current.period.label,
            published: formatInstant(current.publishedAt, lang),
          })}
        </p>
      ) : (
        <p className="notice">{pw('noReport', lang)}</p>
      )}
      <Facts item={item} lang={lang} />
      {current && (
        <>
          <h2>{pw('indicators', lang)}</h2>
          <IndicatorList indicators={current.indicators} lang={lang} />
          {current.report && (
            <>
              <h2>{pw('progress', lang)}</h2>
              {current.report.statusLabel && (
                <p>
                  {pw('unitSays', lang)}
                  {current.report.statusLabel}
                </p>
              )}
              <ReportPoints points={current.report.points} />
            </>
          )}
        </>
      )}
      <HistoryChart points={chartPoints(item.history)} lang={lang} />
      <History item={item} lang={lang} />
      <CommentList item={item} lang={lang} />
      <CommentForm itemId={item.id} form={form} lang={lang} />
      <Code item={item} lang={lang} />
    </Layout>
  );
}
