import { describe, expect, it } from 'vitest';
import { planReadingOf } from './plan-reading.ts';

describe('planReadingOf', () => {
  it('makes one item per chosen candidate, with its unit as lead and indicators from the target', () => {
    const reading = planReadingOf(
      { title: '示例市2026年民生实事', year: 2026, category: '票决项目' },
      [
        {
          title: '社区老年食堂',
          target: '新建社区老年食堂30个',
          unit: '市民政局',
          leaders: ['陈明远'],
        },
        { title: '乡村道路', target: '改造农村公路150公里', unit: null, leaders: [] },
      ],
    );
    expect(reading.plan).toMatchObject({ year: 2026, declaredItemCount: 2, period: null });
    expect(reading.items.map((i) => i.no)).toEqual(['1', '2']);
    const [first, second] = reading.items;
    expect(first).toMatchObject({
      // The target already names it: the task is the target as written.
      task: '新建社区老年食堂30个',
      leadUnit: '市民政局',
      leaders: ['陈明远'],
      responsibilities: [{ unit: '市民政局', person: null }],
      deadline: '2026-12-31',
    });
    expect(first?.indicators[0]).toMatchObject({ kind: 'count', target: 30 });
    expect(second?.indicators[0]).toMatchObject({ target: 150, unit: '公里' });
    expect(second?.task).toBe('乡村道路：改造农村公路150公里');
    expect(second?.responsibilities).toEqual([]);
  });
});
