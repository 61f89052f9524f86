/**
 * Actuals as other places' reports state them, and the figures that are not actuals (issue 11):
 * each case a task, a progress text and what a careful reader takes as achieved.
 */
import { describe, expect, it } from 'vitest';
import { extractIndicators } from './index.ts';

const actuals = (task: string, progress: string) =>
  extractIndicators(task, progress).map((i) => [i.target, i.actual, i.reportedPercent]);

describe('actuals of other places', () => {
  it.each([
    [
      'a count in 人 against 人次 when the printed rate agrees',
      '开展职业技能培训8000人次',
      '已完成培训2579人，完成率32.24%。',
      [[8000, 2579, 32.24]],
    ],
    ['场次 against 场', '组织送戏下乡200场', '已演出126场次，完成率63%。', [[200, 126, 63]]],
    [
      'no agreeing rate: another unit counts something else',
      '开展职业技能培训8000人次',
      '已完成培训2579人。',
      [[8000, null, null]],
    ],
    [
      'the running total after the month’s increment',
      '新增城市公共停车位5000个',
      '本月新增停车位620个，达到4380个。',
      [[5000, 4380, null]],
    ],
    [
      '累计 after 新增',
      '扶持农村贫困残疾人发展生产5万人',
      '9月新增扶持3120人，累计扶持4.6万人，为目标任务的92%。',
      [[50000, 46000, 92]],
    ],
    [
      'a share of 总计划',
      '撤并村通硬化路1800个',
      '上半年新解决210个，累计解决960个，占总计划的53.3%。',
      [[1800, 960, 53.3]],
    ],
    [
      'named by the work’s verb only',
      '为800户困难家庭发放取暖补贴',
      '已发放760户',
      [[800, 760, null]],
    ],
    [
      'a unit of the same family',
      '为3万名农村妇女免费开展“两癌”筛查',
      '已筛查2.46万人，完成率82%。',
      [[30000, 24600, 82]],
    ],
    [
      'the target said again, then the count',
      '新投放公共自行车2000辆。',
      '实际完成情况：年度目标新投放2000辆，已投放1350辆。',
      [[2000, 1350, null]],
    ],
    [
      'planned, then achieved',
      '新建社区食堂12个',
      '计划新建社区食堂12个，预计11月底全部建成，目前已有5个投入运营。',
      [[12, 5, null]],
    ],
    [
      'in progress is not done',
      '新增公共停车泊位3000个',
      '在建停车场6处，将新增泊位2100个。',
      [[3000, null, null]],
    ],
    [
      'a count of 小区 is no count of 社区',
      '完成老旧社区改造15个',
      '老旧小区改造项目已完工23个。',
      [[15, null, null]],
    ],
    // The counter-case: the writer says 小区 for the 社区 of the target, and the printed rate
    // (9 ÷ 15 = 60%) shows it is the same thing. The rule is the agreeing rate, not the noun:
    // it holds for every confusable pair and both directions, and a rate that disagrees does not
    // make the figure an actual.
    [
      'a count of 小区 for a 社区 target, the printed rate agreeing',
      '完成老旧社区改造15个',
      '已完成老旧小区改造9个，完成率60%。',
      [[15, 9, 60]],
    ],
    [
      'a count of 社区 for a 小区 target, the printed share agreeing',
      '改造老旧小区40个',
      '老旧社区改造已完工10个，占全年计划的25%。',
      [[40, 10, 25]],
    ],
    [
      '自然村 for 行政村, the printed rate agreeing',
      '新建行政村综合文化室20个',
      '已在12个自然村建成综合文化室，完成率60%。',
      [[20, 12, 60]],
    ],
    [
      'a count of 小区 whose printed rate disagrees stays unread',
      '完成老旧社区改造15个',
      '已完成老旧小区改造9个，完成率80%。',
      [[15, null, 80]],
    ],
    [
      'a half-width full stop ends the status sentence',
      '开展技能培训3000人次',
      '按序时推进.已培训820人次.',
      [[3000, 820, null]],
    ],
    [
      'figures after a status that says done',
      '为65岁以上老人免费接种流感疫苗2万剂次',
      '已完成.接种流感疫苗2.15万剂次.',
      [[20000, 21500, null]],
    ],
    [
      'a span’s total and this year’s share',
      '2022—2024年完成城镇老旧小区改造36个，2023年改造12个。',
      '进度滞后。今年已完工4个，累计完工17个。',
      [
        [36, 17, null],
        [12, 4, null],
      ],
    ],
    [
      'one indicator in the very unit beside one of its family',
      '新建公办幼儿园2所，新增学位540个。',
      '进展：1所已竣工，新增学位270个；另1所主体封顶。',
      [
        [2, 1, null],
        [540, 270, null],
      ],
    ],
    [
      'never a phone number or a date',
      '新建社区食堂12个',
      '截至2023年9月30日，已建成12个（咨询电话0771-5551234）。',
      [[12, 12, null]],
    ],
  ])('%s', (_, task, progress, expected) => {
    expect(actuals(task, progress)).toEqual(expected);
  });

  // The agreeing rate vouches for a count in another word or unit only in the shape where it
  // speaks of that count: after it, in the same sentence, within half a point, the count done.
  it.each([
    ['an unrelated unit, whatever the rate', '新建社区公园10个', '已建成绿道6公里，完成率60%。'],
    ['the rate in the next sentence', '完成老旧社区改造15个', '已完成老旧小区改造9个。完成率60%。'],
    ['the rate before the count', '完成老旧社区改造15个', '完成率60%，已完成老旧小区改造9个。'],
    ['a rate 0.6 points off', '完成老旧社区改造15个', '已完成老旧小区改造9个，完成率60.6%。'],
    ['a planned count', '完成老旧社区改造15个', '计划完成老旧小区改造9个，完成率60%。'],
    ['a count in progress', '完成老旧社区改造15个', '老旧小区改造在建9个，完成率60%。'],
  ])('reads no actual from %s', (_, task, progress) => {
    expect(actuals(task, progress).map(([, actual]) => actual)).toEqual([null]);
  });

  it('reads the vouched count as printed, within half a point of the rate', () => {
    const [within] = extractIndicators(
      '完成老旧社区改造15个',
      '已完成老旧小区改造 9个，完成率60.5%。',
    );
    expect([within?.actual, within?.actualText, within?.reportedPercent]).toEqual([9, '9个', 60.5]);
  });

  it('reads an item judged by a printed percentage alone', () => {
    const [ind] = extractIndicators(
      '城区公办幼儿园建设（牵头单位：市教育局）',
      '完成45%，主要原因是用地报批手续未办结。',
    );
    expect(ind).toMatchObject({ what: '城区公办幼儿园建设', target: null, reportedPercent: 45 });
    expect(extractIndicators('城区公办幼儿园建设', '93.2%的行政村已通公交。')).toEqual([]);
  });
});
