/** An item's indicators: what is counted, the figure against the target, and the 序时 line. */
import type { Lang } from '../../core/labels.ts';
import type { PublicIndicatorDto } from '../../server/presenters/public-shared.presenter.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { defineWords, fill } from '../words.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { statusWord } from './StatusTag.tsx';

const w = defineWords({
  target: { zh: '目标', en: 'Target' },
  done: { zh: '完成', en: 'Done' },
  line: { zh: '完成{done}，序时进度{expected}', en: '{done} done; {expected} of the time gone' },
  noFigure: { zh: '本期未报告数据', en: 'No figure reported' },
  achieved: { zh: '已实现', en: 'Achieved' },
  notAchieved: { zh: '尚未实现', en: 'Not yet achieved' },
});

const amount = (value: number | null, unit: string, lang: Lang) =>
  value === null ? '—' : `${formatNumber(value, lang)}${unit}`;

export function IndicatorList({
  indicators,
  lang,
}: {
  indicators: PublicIndicatorDto[];
  lang: Lang;
}) {
  if (indicators.length === 0) return null;
  return (
    <ul className="indicators">
      {indicators.map((x, i) => {
        const target = x.targetText || amount(x.target, x.unit, lang);
        const measured = x.completion !== null;
        return (
          // Indicators have no id of their own; their order is the task's.
          // biome-ignore lint/suspicious/noArrayIndexKey: stable order from the task text
          <li key={i} className="indicator">
            <span className="ind-what">{x.what}</span>
            {x.kind === 'milestone' || x.target === null ? (
              <span className="ind-figures">
                {x.achieved === null && x.completion === null
                  ? w('noFigure', lang)
                  : x.achieved || (x.completion ?? 0) >= 1
                    ? w('achieved', lang)
                    : w('notAchieved', lang)}
              </span>
            ) : (
              <span className="ind-figures">
                {w('done', lang)} {x.actualText ?? amount(x.actual, x.unit, lang)} ·{' '}
                {w('target', lang)} {target}
              </span>
            )}
            {measured && x.target !== null && (
              <>
                <ProgressBar
                  completion={x.completion ?? 0}
                  expected={x.expected}
                  status={x.status}
                />
                <span className="ind-line">
                  {fill(w('line', lang), {
                    done: formatPercent(x.completion),
                    expected: formatPercent(x.expected),
                  })}{' '}
                  · <span className={`ink-${x.status}`}>{statusWord(x.status, lang)}</span>
                </span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
