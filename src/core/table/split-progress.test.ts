import { describe, expect, it } from 'vitest';
import { movePlanSentences, splitTargetAndProgress, withoutLeadIn } from './split-progress.ts';

describe('a target and its progress in one line', () => {
  it.each([
    ['新建社区长者食堂25个：已建成长者食堂27个', ['新建社区长者食堂25个', '已建成长者食堂27个']],
    [
      '培训养老护理员800人次：全年培训养老护理员862人次。',
      ['培训养老护理员800人次', '全年培训养老护理员862人次。'],
    ],
    [
      '城区公办幼儿园建设（牵头单位：市教育局）：完成45%，主要原因是用地报批未办结。',
      ['城区公办幼儿园建设（牵头单位：市教育局）', '完成45%，主要原因是用地报批未办结。'],
    ],
    [
      '农村道路畅通工程，牵头部门：县交通局。计划新建农村道路150公里，已建成118公里。',
      ['农村道路畅通工程，牵头部门：县交通局。计划新建农村道路150公里', '已建成118公里。'],
    ],
    [
      '全年计划改造老旧小区40个，目前已开工38个、完工21个。',
      ['全年计划改造老旧小区40个', '目前已开工38个、完工21个。'],
    ],
    ['撤并村通硬化路1800个（2021—2025年）', ['撤并村通硬化路1800个（2021—2025年）', '']],
    [
      '新增城市公共停车位5000个：本月新增停车位620个，达到4380个。',
      ['新增城市公共停车位5000个', '本月新增停车位620个，达到4380个。'],
    ],
  ])('%s', (text, split) => {
    expect(splitTargetAndProgress(text)).toEqual(split);
  });

  it('takes the targets from the plan sentences that open a paragraph under a bare heading', () => {
    expect(
      movePlanSentences(
        '城区充电桩建设项目。',
        '该项目计划投资500万元，建设充电桩400个。完成项目投资420万元。',
      ),
    ).toEqual([
      '城区充电桩建设项目。该项目计划投资500万元，建设充电桩400个。',
      '完成项目投资420万元。',
    ]);
    expect(movePlanSentences('新建学校3所', '计划新建学校3所，已建成2所。')).toEqual([
      '新建学校3所',
      '计划新建学校3所，已建成2所。',
    ]);
  });

  it('drops the lead-in of a news paragraph', () => {
    expect(withoutLeadIn('在养老服务方面，全年计划新建社区食堂30个')).toBe(
      '全年计划新建社区食堂30个',
    );
  });
});
