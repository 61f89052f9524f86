import { describe, expect, it } from 'vitest';
import { composeReport } from './compose-report.ts';

const indicators = [
  { id: 1, kind: 'count' as const },
  { id: 2, kind: 'rate' as const },
  { id: 3, kind: 'count' as const },
];

describe("composing an item's report from its units' contributions", () => {
  it("names each unit's points and adds up counts given by several units", () => {
    const composed = composeReport(
      [
        { unit: '市教育局', points: ['新建托育点3个。'], actuals: [{ indicatorId: 1, actual: 3 }] },
        {
          unit: '市民政局',
          points: ['新建托育点5个。', '培训保育员200人。'],
          actuals: [
            { indicatorId: 1, actual: 5 },
            { indicatorId: 3, actual: null },
          ],
        },
      ],
      indicators,
    );
    expect(composed.points).toEqual([
      '市教育局：新建托育点3个。',
      '市民政局：新建托育点5个。',
      '市民政局：培训保育员200人。',
    ]);
    expect(composed.actuals).toEqual([{ indicatorId: 1, actual: 8 }]);
    expect(composed.conflicts).toEqual([]);
  });

  it('keeps a rate two units agree on and leaves one they disagree on to the lead unit', () => {
    const rate = (unit: string, actual: number) => ({
      unit,
      points: [],
      actuals: [{ indicatorId: 2, actual }],
    });
    expect(composeReport([rate('甲', 95), rate('乙', 95)], indicators).actuals).toEqual([
      { indicatorId: 2, actual: 95 },
    ]);
    const split = composeReport([rate('甲', 95), rate('乙', 90)], indicators);
    expect(split.actuals).toEqual([]);
    expect(split.conflicts).toEqual([
      {
        indicatorId: 2,
        values: [
          { unit: '甲', actual: 95 },
          { unit: '乙', actual: 90 },
        ],
      },
    ]);
  });

  it('does not name the unit when only one contributed', () => {
    expect(
      composeReport([{ unit: '市教育局', points: ['完成。'], actuals: [] }], indicators).points,
    ).toEqual(['完成。']);
  });
});
