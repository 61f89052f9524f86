import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument, readPlanText } from '../read-plan.ts';
import { draftCircular } from './draft-circular.ts';

const read = (path: string) => buildPlanDocument(readPlanText(readFileSync(path, 'utf8')));

describe('draftCircular', () => {
  const june = read('samples/shiyi-2024-jan-jun.txt');
  const september = read('samples/shiyi-2024-jan-sep.txt');

  // Expected values are read off the sample tables by hand, not recomputed with the code's logic:
  // at 2024-06-30, 182 of 366 days are gone (49.7%); at 2024-09-30, 274 (74.9%).
  it('states the totals the assessment gives, and names each lagging item with its figures', () => {
    const circular = draftCircular(june, null);
    expect(circular.sections[0]?.paragraphs).toEqual([
      '截至6月底，12项中已完成1项，按序时推进6项，滞后4项，其中严重滞后1项，另有1项未报可量化数据、无法评估。序时进度为49.7%。',
    ]);
    const lagging = circular.sections[1];
    expect(lagging?.heading).toBe('二、进度滞后的事项');
    // Items 3 (roads 45.5 of 120 km), 6 (4 of 20 canteens), 10 (9 of 30 estates), 11 (11 of 25 km).
    expect(lagging?.paragraphs.map((p) => p.slice(0, p.indexOf('（')))).toEqual([
      '第3项',
      '第6项',
      '第10项',
      '第11项',
    ]);
    expect(lagging?.paragraphs[1]).toBe(
      '第6项（牵头单位：市民政局）：新建社区长者饭堂完成4家，占目标20家的20%；特殊困难老年人家庭适老化改造完成640户，占目标1500户的42.7%，低于序时进度49.7%，但自报“按进度完成”。',
    );
  });

  it('says what changed since the previous period, and only that', () => {
    const circular = draftCircular(september, june);
    // Done by September, not in June: 2 (互认率 95.6% of 95%), 5 (15 of 15 托育点), 9 (全程网上办理),
    // 12 (the 餐厨 plant running). Items 3, 6 and 10 still lag, as they did: nothing newly lagging.
    expect(circular.sections.find((s) => s.heading.endsWith('与上期相比'))).toEqual({
      heading: '三、与上期相比',
      paragraphs: ['本期新完成4项：第2、5、9、12项。'],
    });
    // Against a June where every item was on track, item 7 (低保 already done) is new too, and
    // the three laggards are new laggards.
    const allFine = {
      ...june,
      items: june.items.map((i) => ({
        ...i,
        assessment: { ...i.assessment, status: 'on_track' as const },
      })),
    };
    expect(
      draftCircular(september, allFine).sections.find((s) => s.heading.endsWith('与上期相比'))
        ?.paragraphs,
    ).toEqual(['本期新完成5项：第2、5、7、9、12项。', '本期新出现滞后3项：第3、6、10项。']);
    expect(draftCircular(september, september).sections.map((s) => s.heading)).toEqual([
      '一、总体进展',
      '二、进度滞后的事项',
    ]);
    expect(draftCircular(june, null).sections.some((s) => s.heading.endsWith('与上期相比'))).toBe(
      false,
    );
  });

  it('lists items without a report, and says nothing of missing reports when there are none', () => {
    const withGap = {
      ...june,
      items: june.items.map((i) => (i.no === '5' ? { ...i, report: null } : i)),
    };
    const section = draftCircular(withGap, null).sections.find((s) =>
      s.heading.endsWith('未报送进展的事项'),
    );
    expect(section?.paragraphs).toEqual(['第5项（牵头单位：市卫生健康局）本期未报送进展情况。']);
    expect(
      draftCircular(june, null).sections.some((s) => s.heading.endsWith('未报送进展的事项')),
    ).toBe(false);
  });
});
