import { describe, expect, it } from 'vitest';
import { claimOf, readReport } from './report.ts';

describe('readReport', () => {
  it('takes the status label from the first sentence and splits numbered points', () => {
    const report = readReport('按进度完成。\n（1）建设和改造6家。\n（2）正按进度推进。');
    expect(report.statusLabel).toBe('按进度完成');
    expect(report.statusClaim).toBe('on_schedule');
    expect(report.points).toEqual(['建设和改造6家。', '正按进度推进。']);
  });

  it('keeps unnumbered text as one point and reads no label when there is none', () => {
    const report = readReport('（5）开展违法建设治理攻坚工作。\n（6）加强燃气安全管理。');
    expect(report.statusLabel).toBeNull();
    expect(report.points).toHaveLength(2);
    expect(readReport('已完成。\n已实现全程网上办理。').points).toEqual(['已实现全程网上办理。']);
  });

  it('reads half-width markers and 1、 numbering', () => {
    expect(readReport('进度滞后;\n1、征地未完成。\n2、资金未到位。').points).toEqual([
      '征地未完成。',
      '资金未到位。',
    ]);
    expect(readReport('顺利推进\n(1)甲。(2)乙。').points).toEqual(['甲。(2)乙。']);
  });

  it('takes a status only from words of status, never from a sentence with figures', () => {
    expect(readReport('已建成2所，另有2所正在施工。').statusLabel).toBeNull();
    expect(readReport('进度滞后，主要原因是选址困难。').statusLabel).toBe('进度滞后');
    expect(readReport('进度滞后，主要原因是选址困难。').points).toEqual(['主要原因是选址困难。']);
    expect(readReport('已完成：全市覆盖率达100%。').statusLabel).toBe('已完成');
  });

  it.each([
    ['已完成', 'completed'],
    ['超额完成', 'ahead'],
    ['按序时推进', 'on_schedule'],
    ['达到时间进度', 'on_schedule'],
    ['正在施工中', 'in_progress'],
    ['进度滞后', 'lagging'],
    ['推进缓慢', 'lagging'],
    ['严重滞后', 'lagging'],
    ['未开工', 'not_started'],
    ['无任务', 'no_task'],
    ['全市培训劳动者', null],
  ])('%s → %s', (label, claim) => {
    expect(claimOf(label)).toBe(claim);
  });
});
