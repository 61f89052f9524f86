import { describe, expect, it } from 'vitest';
import { indicator, item } from '../../../test/factories/indicator.ts';
import { assessItem } from '../assess/assess-item.ts';
import { extractTargets, matchActuals } from '../extract/index.ts';
import type { Indicator, StatusClaim } from '../model.ts';
import { readReport } from '../table/report.ts';
import { checkSubmission, type SubmissionInput } from './submission-checks.ts';

const roads = indicator({ what: '农村公路提档升级', target: 120, unit: '公里' });
const bridges = indicator({ what: '改造危桥', target: 10, unit: '座' });
const [checkups] = extractTargets('为65岁以上老年人免费体检不少于3.6万人次。');

/** The input a service builds: the report read as core reads it, judged at 2024-09-30. */
function inputFor(
  text: string,
  options: {
    targets?: Indicator[];
    previous?: SubmissionInput['previous'];
    explanation?: string;
    claim?: StatusClaim;
  } = {},
): SubmissionInput {
  const report = readReport(text);
  const read = matchActuals(options.targets ?? [roads, bridges], report.text);
  const indicators = read.map((x, i) => ({ ...x, id: i + 1 }));
  const assessment = assessItem(
    item({ start: '2024-01-01', deadline: '2024-12-31', indicators: read, report }),
    '2024-09-30',
  );
  return {
    indicators,
    report: {
      ...report,
      statusClaim: options.claim ?? report.statusClaim,
      explanation: options.explanation ?? null,
    },
    assessment,
    previous: options.previous ?? null,
  };
}

const codes = (input: SubmissionInput) => checkSubmission(input).map((c) => c.code);

describe('checks on a submission', () => {
  it('passes a truthful report with nothing to say', () => {
    expect(codes(inputFor('进度滞后。已完成农村公路提档升级72公里，已改造危桥6座。'))).toEqual([]);
  });

  it('asks for an explanation when the figures trail a label of on schedule, and accepts one', () => {
    const text = '按进度完成。已完成农村公路提档升级60公里，已改造危桥6座。';
    const [unexplained] = checkSubmission(inputFor(text));
    expect(unexplained).toMatchObject({ code: 'behind_but_on_schedule', severity: 'error' });
    expect(unexplained?.message).toContain('请说明原因');
    const [explained] = checkSubmission(inputFor(text, { explanation: '汛期停工两个月' }));
    expect(explained).toMatchObject({ code: 'behind_but_on_schedule', severity: 'warning' });
  });

  it('flags a cumulative figure lower than last period’s', () => {
    const previous = {
      text: '',
      actuals: [
        { indicatorId: 1, actual: 80 },
        { indicatorId: 2, actual: 5 },
      ],
    };
    const checks = checkSubmission(
      inputFor('进度滞后。已完成农村公路提档升级72公里，已改造危桥6座。', { previous }),
    );
    expect(checks.map((c) => [c.code, c.severity])).toEqual([['cumulative_decreased', 'warning']]);
    expect(checks[0]?.message).toContain('72');
    expect(checks[0]?.message).toContain('80');
  });

  it('suggests 超额完成 for an actual above target, unless the label says so already', () => {
    const over = '已完成。已完成农村公路提档升级130公里，已改造危桥10座。';
    expect(codes(inputFor(over))).toEqual(['exceeded_not_marked']);
    expect(codes(inputFor(over.replace('已完成。', '超额完成。')))).toEqual([]);
  });

  it('flags a figure in another unit than the indicator’s', () => {
    const text = '进度滞后。已为65岁以上老年人免费体检2.9万人。';
    const checks = checkSubmission(inputFor(text, { targets: checkups ? [checkups] : [] }));
    expect(checks.map((c) => c.code)).toContain('unit_mismatch');
    expect(checks.find((c) => c.code === 'unit_mismatch')?.message).toContain('人次');
    // 千米 and 公里 are one unit.
    expect(codes(inputFor('进度滞后。已完成农村公路提档升级72千米，已改造危桥6座。'))).toEqual([]);
  });

  it('flags a narrative identical to last period’s, whitespace aside', () => {
    const text = '进度滞后。已完成农村公路提档升级72公里，已改造危桥6座。';
    const previous = { text: `${text.replace('。', '。\n')}  `, actuals: [] };
    expect(codes(inputFor(text, { previous }))).toEqual(['narrative_unchanged']);
  });

  it('flags a printed percentage the figures do not give', () => {
    const text = '进度滞后。已完成农村公路提档升级72公里，完成率80%，已改造危桥6座。';
    const checks = checkSubmission(inputFor(text));
    expect(checks.map((c) => c.code)).toEqual(['percent_mismatch']);
    expect(checks[0]?.messageEn).toContain('60.00%');
  });
});
