/**
 * An indicator period by period, as the item page charts it: the figure, its completion, the
 * 序时 expectation and the figure that line asks for, the status and the year-end forecast at
 * that pace — each judged by core at the period's end, as the report itself was.
 */
import { expectedShare } from '../../core/assess/expectation.ts';
import { expectedFigure } from '../../core/assess/expected-figure.ts';
import { assessIndicator } from '../../core/assess/indicator.ts';
import type { Warning } from '../../core/model.ts';
import type { IndicatorActualTable, IndicatorTable, PeriodTable } from '../db/schema.ts';
import type { ItemDetailDto, ItemSummaryDto } from '../presenters/item.presenter.ts';
import { toCoreIndicator } from './assess-report.ts';

type Row<T> = Omit<T, 'id'> & { id: number };
type HistoryPoint = ItemDetailDto['indicators'][number]['history'][number];

export function historyPoint(input: {
  item: { start_date: string; deadline: string };
  indicator: Row<IndicatorTable>;
  actual: Pick<IndicatorActualTable, 'actual' | 'achieved' | 'reported_percent'>;
  period: { id: number; label: string; end_date: string };
}): HistoryPoint {
  const { item, actual, period } = input;
  const indicator = {
    ...toCoreIndicator(input.indicator),
    actual: actual.actual,
    achieved: actual.achieved === null ? null : actual.achieved === 1,
    reportedPercent: actual.reported_percent,
  };
  const expected = expectedShare(item.start_date, item.deadline, period.end_date);
  const judged = assessIndicator(indicator, expected);
  return {
    periodId: period.id,
    label: period.label,
    end: period.end_date,
    actual: actual.actual,
    completion: judged.completion,
    expected,
    expectedActual: expectedFigure(indicator, expected),
    status: judged.status,
    forecast: judged.forecast,
  };
}

/** The warnings each imported period's table raised about item `no`, oldest period first. */
export function warningsOf(
  no: string,
  periods: Pick<PeriodTable, 'label' | 'end_date' | 'warnings'>[],
): ItemDetailDto['warnings'] {
  return [...periods]
    .sort((a, b) => a.end_date.localeCompare(b.end_date))
    .flatMap((period) =>
      (JSON.parse(period.warnings) as Warning[])
        .filter((w) => w.item === no)
        .map((w) => ({
          code: w.code,
          message: w.message,
          messageEn: w.messageEn,
          periodLabel: period.label,
        })),
    );
}

type Figure = ItemSummaryDto['figures'][number];

/**
 * An item's indicators with the figures of one report, judged at the report's expectation:
 * the list's progress bars. Without a report (null) the indicators carry no figure.
 */
export function figuresOf(
  indicators: Row<IndicatorTable>[],
  actuals:
    | Pick<IndicatorActualTable, 'indicator_id' | 'actual' | 'achieved' | 'reported_percent'>[]
    | null,
  expected: number | null,
): Figure[] {
  return indicators.map((row) => {
    const actual = actuals?.find((a) => a.indicator_id === row.id);
    const indicator = {
      ...toCoreIndicator(row),
      actual: actual?.actual ?? null,
      achieved: actual?.achieved == null ? null : actual.achieved === 1,
      reportedPercent: actual?.reported_percent ?? null,
    };
    const judged = actuals && expected !== null ? assessIndicator(indicator, expected) : null;
    return {
      indicatorId: row.id,
      what: row.what,
      unit: row.unit,
      target: row.target,
      actual: indicator.actual,
      completion: judged?.completion ?? null,
      status: judged?.status ?? null,
    };
  });
}
