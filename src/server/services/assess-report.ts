/**
 * A report as core sees it: the stored item and indicators plus the report's text → actuals read
 * from the text (overridden by figures the unit typed in), and the item's assessment at the
 * period's end. Stored with the report so dashboards aggregate in SQL.
 */
import { assessItem, findDiscrepancy } from '../../core/assess/assess-item.ts';
import { matchActuals } from '../../core/extract/index.ts';
import type {
  Assessment,
  Discrepancy,
  Indicator,
  IndicatorKind,
  Item,
  Report,
} from '../../core/model.ts';
import type { IndicatorTable } from '../db/schema.ts';
import type { ActualRow } from '../repositories/indicator.repository.ts';

type StoredIndicator = Omit<IndicatorTable, 'id'> & { id: number };

/** A stored indicator as core's Indicator, without an actual. */
export const toCoreIndicator = (row: StoredIndicator): Indicator => ({
  what: row.what,
  kind: row.kind as IndicatorKind,
  target: row.target,
  targetMax: row.target_max,
  baseline: row.baseline,
  direction: row.direction === 'at_most' ? 'at_most' : 'at_least',
  unit: row.unit,
  targetText: row.target_text,
  actual: null,
  actualText: null,
  reportedPercent: null,
  achieved: null,
});

export interface AssessedReport {
  /** The figures as read from the text, one per indicator, before the unit's own figures. */
  proposed: Pick<ActualRow, 'actual' | 'actualText'>[];
  actuals: ActualRow[];
  assessment: Assessment;
  discrepancy: Discrepancy | null;
}

export function assessReport(options: {
  item: { no: string; task: string; start_date: string; deadline: string };
  indicators: StoredIndicator[];
  report: Report;
  /** Figures typed in by the unit, by indicator id; they win over what the text says. */
  typed: Map<number, number | null>;
  asOf: string;
}): AssessedReport {
  const read = matchActuals(options.indicators.map(toCoreIndicator), options.report.text);
  const indicators = read.map((indicator, i) => {
    const id = options.indicators[i]?.id;
    return id !== undefined && options.typed.has(id)
      ? { ...indicator, actual: options.typed.get(id) ?? null }
      : indicator;
  });
  const item: Item = {
    no: options.item.no,
    category: 0,
    task: options.item.task,
    leadUnit: null,
    leaders: [],
    responsibilities: [],
    start: options.item.start_date,
    deadline: options.item.deadline,
    indicators,
    report: options.report,
    line: null,
  };
  const assessment = assessItem(item, options.asOf);
  return {
    proposed: read.map((x) => ({ actual: x.actual, actualText: x.actualText })),
    assessment,
    discrepancy: findDiscrepancy(options.report.statusClaim, assessment),
    actuals: indicators.flatMap((x, i) => {
      const id = options.indicators[i]?.id;
      return id === undefined
        ? []
        : [
            {
              indicatorId: id,
              actual: x.actual,
              actualText: x.actualText,
              reportedPercent: x.reportedPercent,
              achieved: x.achieved,
            },
          ];
    }),
  };
}
