/**
 * An indicator's completion period by period against the time-proportional line, drawn on the
 * server as inline SVG (no script, prints as drawn). The table after the charts carries the same
 * figures for screen readers, so the drawing itself is hidden from them.
 */
import type { Lang } from '../../core/labels.ts';
import { formatPercent } from '../format.ts';
import { defineWords } from '../words.ts';

const w = defineWords({
  caption: { zh: '各期完成情况', en: 'Progress by period' },
  period: { zh: '报告期', en: 'Period' },
  indicator: { zh: '指标', en: 'Indicator' },
  done: { zh: '完成', en: 'Done' },
  expected: { zh: '序时进度', en: 'Time gone' },
  legendDone: { zh: '实线：完成', en: 'Solid: done' },
  legendExpected: { zh: '虚线：序时进度', en: 'Dashed: time gone' },
});

export interface ChartPeriod {
  label: string;
  indicators: { what: string; completion: number | null; expected: number }[];
}

const [LEFT, RIGHT, TOP, BOTTOM] = [34, 292, 18, 88];

function Chart({ what, points }: { what: string; points: ChartPeriod[] }) {
  const values = points.map((p) => p.indicators.find((i) => i.what === what));
  const top = Math.max(1, ...values.map((v) => v?.completion ?? 0));
  const x = (i: number) => LEFT + ((RIGHT - LEFT) * (i + 0.5)) / points.length;
  const y = (share: number) => BOTTOM - ((BOTTOM - TOP) * share) / top;
  const line = (pick: (i: number) => number | null) =>
    points
      .flatMap((_, i) => {
        const v = pick(i);
        return v === null ? [] : [`${x(i).toFixed(1)},${y(v).toFixed(1)}`];
      })
      .join(' ');
  return (
    <figure className="chart">
      <figcaption>{what}</figcaption>
      <svg viewBox="0 0 300 108" aria-hidden="true" focusable="false">
        {[0, 0.5, 1].map((g) => (
          <g key={g} className="grid">
            <line x1={LEFT} x2={RIGHT} y1={y(g)} y2={y(g)} />
            <text x={LEFT - 4} y={y(g) + 3} textAnchor="end">
              {formatPercent(g)}
            </text>
          </g>
        ))}
        <polyline className="expected" points={line((i) => values[i]?.expected ?? null)} />
        <polyline className="done" points={line((i) => values[i]?.completion ?? null)} />
        {values.map((v, i) =>
          v?.completion == null ? null : (
            <g key={points[i]?.label}>
              <circle className="dot" cx={x(i)} cy={y(v.completion)} r="3" />
              <text className="value" x={x(i)} y={y(v.completion) - 6} textAnchor="middle">
                {formatPercent(v.completion)}
              </text>
            </g>
          ),
        )}
        {points.map((p, i) => (
          <text key={p.label} className="axis" x={x(i)} y="104" textAnchor="middle">
            {p.label}
          </text>
        ))}
      </svg>
    </figure>
  );
}

export function HistoryChart({ points, lang }: { points: ChartPeriod[]; lang: Lang }) {
  const charted = [...new Set(points.flatMap((p) => p.indicators.map((i) => i.what)))].filter(
    (what) =>
      points.filter((p) => p.indicators.some((i) => i.what === what && i.completion !== null))
        .length >= 2,
  );
  if (charted.length === 0) return null;
  return (
    <section aria-labelledby="history-chart">
      <h2 id="history-chart">{w('caption', lang)}</h2>
      <p className="hint">
        {w('legendDone', lang)} · {w('legendExpected', lang)}
      </p>
      <div className="charts">
        {charted.map((what) => (
          <Chart key={what} what={what} points={points} />
        ))}
      </div>
      <div className="scroll">
        <table className="figures">
          <caption className="visually-hidden">{w('caption', lang)}</caption>
          <thead>
            <tr>
              <th scope="col">{w('period', lang)}</th>
              <th scope="col">{w('indicator', lang)}</th>
              <th scope="col">{w('done', lang)}</th>
              <th scope="col">{w('expected', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {points.flatMap((p) =>
              p.indicators
                .filter((i) => charted.includes(i.what))
                .map((i) => (
                  <tr key={`${p.label}-${i.what}`}>
                    <td>{p.label}</td>
                    <td>{i.what}</td>
                    <td>{formatPercent(i.completion)}</td>
                    <td>{formatPercent(i.expected)}</td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
