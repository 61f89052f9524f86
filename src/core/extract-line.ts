/**
 * One task/progress pair judged on its own (no table around it), as `minsheng extract` needs:
 * the assessment date is the caller's, else the "截至9月底" the progress states, else today.
 */
import { assessItem } from './assess/assess-item.ts';
import { extractIndicators } from './extract/index.ts';
import { MAX_EXTRACTED_CHARS } from './read-plan.ts';
import { readSpan } from './table/deadline.ts';
import { readReport } from './table/report.ts';
import { isoDate, monthEnd } from './text/dates.ts';
import { toHalfWidthDigits } from './text/numerals.ts';

export interface ExtractInput {
  id: string | number;
  task: string;
  progress: string;
  asOf?: string | undefined;
}

const YEAR = /((?:19|20)\d{2})\s*年/;
const AS_OF = /截(?:至|止)(?:((?:19|20)\d{2})年)?\s*(\d{1,2})\s*月(?:底|末|(\d{1,2})\s*日)/;

export function inferAsOf(task: string, progress: string, today: string): string {
  const year = Number(YEAR.exec(toHalfWidthDigits(task))?.[1] ?? today.slice(0, 4));
  const match = AS_OF.exec(toHalfWidthDigits(progress));
  if (match?.[2]) {
    const y = Number(match[1] ?? year);
    return match[3]
      ? isoDate(y, Number(match[2]), Number(match[3]))
      : monthEnd(y, Number(match[2]));
  }
  return year === Number(today.slice(0, 4)) ? today : `${year}-12-31`;
}

export function extractLine(input: ExtractInput, today: string) {
  const asOf = input.asOf ?? inferAsOf(input.task, input.progress, today);
  const year = Number(asOf.slice(0, 4));
  const indicators = extractIndicators(
    input.task.slice(0, MAX_EXTRACTED_CHARS),
    input.progress.slice(0, MAX_EXTRACTED_CHARS),
  );
  const span = readSpan(input.task, year);
  const report = readReport(input.progress);
  const assessment = assessItem(
    {
      no: String(input.id),
      category: 0,
      task: input.task,
      leadUnit: null,
      leaders: [],
      responsibilities: [],
      ...span,
      indicators,
      report,
      line: null,
    },
    asOf,
  );
  return {
    id: input.id,
    indicators: indicators.map((indicator, i) => ({
      what: indicator.what,
      kind: indicator.kind,
      target: indicator.target,
      unit: indicator.unit,
      actual: indicator.actual,
      completion: assessment.indicators[i]?.completion ?? null,
    })),
    statusLabel: report.statusLabel,
    assessment: {
      status: assessment.status,
      expected: assessment.expected,
      progress: assessment.progress,
      decidedBy: assessment.decidedBy,
      asOf,
    },
  };
}
