import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../test/factories/plan-document.ts';
import type { Report } from '../../core/model.ts';
import { buildSummaryTable } from './summary-table.ts';

describe('buildSummaryTable', () => {
  const doc = buildPlanDocument();

  it('groups consecutive items by category, printing ordinal and title, empty for a lost title', () => {
    const table = buildSummaryTable(doc, { attachmentLabel: '附件4' });
    expect(table.groups.map((g) => [g.category, g.rows.map((r) => r.no)])).toEqual([
      ['一、提高医疗卫生服务水平', ['1', '2']],
      ['二、提高底线民生保障水平', ['3', '4']],
      ['', ['5', '6']],
    ]);
    expect(table.heading).toBe('附件4');
    expect(table.countLine).toBe('（共6项）');
    expect(table.columns).toHaveLength(7);
  });

  it("prints the unit's own lines: the status sentence first, then its numbered points", () => {
    const [health] = buildSummaryTable(doc).groups;
    expect(health?.rows[0]?.progress.slice(0, 2)).toEqual([
      '按进度完成。',
      '（1）建设和改造6家疾控机构冷链系统，其中台山市疾控中心冷库建设已完成验收。',
    ]);
    expect(health?.rows[1]?.progress).toEqual([
      '已完成。',
      '已完成25间二级以上医疗机构对接市区域卫生健康平台。',
    ]);
  });

  it('numbers the points itself when a report has no text of its own; one point stays bare', () => {
    const progressOf = (report: Report) => {
      const items = doc.items.map((item, n) => (n === 0 ? { ...item, report } : item));
      return buildSummaryTable({ ...doc, items }).groups[0]?.rows[0]?.progress;
    };
    const claim = { statusLabel: '按进度完成', statusClaim: 'on_schedule' } as const;
    expect(progressOf({ ...claim, points: ['完成验收。', '正在推进。'], text: '' })).toEqual([
      '按进度完成。',
      '（1）完成验收。',
      '（2）正在推进。',
    ]);
    expect(progressOf({ ...claim, points: ['完成验收。'], text: ' \n ' })).toEqual([
      '按进度完成。',
      '完成验收。',
    ]);
    expect(
      progressOf({ statusLabel: null, statusClaim: null, points: ['甲。', '乙。'], text: '' }),
    ).toEqual(['（1）甲。', '（2）乙。']);
  });

  it('keeps units and persons parallel, a missing person as an empty line', () => {
    const row = buildSummaryTable(doc).groups[1]?.rows[1];
    expect(row?.units).toHaveLength(4);
    expect(row?.persons).toEqual(['顾达华', '钱杰润', '张璐', '']);
  });

  it('adds completion, expectation and the Chinese status with the assessment option', () => {
    const table = buildSummaryTable(doc, { assessment: true });
    expect(table.columns.slice(7)).toEqual(['完成率', '序时进度', '评估']);
    const row = table.groups[2]?.rows[0];
    // 6 of 12 bridges when 274 of 366 days are gone: pace 0.67, between severePace and onTrackPace.
    expect([row?.completion, row?.expected, row?.assessment]).toEqual(['50%', '74.9%', '滞后']);
    expect(table.groups[2]?.rows[1]?.assessment).toBe('无法评估');
  });
});
