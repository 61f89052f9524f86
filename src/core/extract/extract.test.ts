/**
 * End-to-end sentences, table-driven: Jiangmen's (seed) and the ways other cities write
 * (BRIEF "Other places write differently"). Each row is the sentence a rule exists for.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../model.ts';
import { extractIndicators, extractTargets, matchActuals } from './index.ts';

interface Case {
  name: string;
  task: string;
  progress?: string;
  expected: Partial<Indicator>[];
}

const TARGETS: Case[] = [
  {
    name: 'seed: a count with a space before it, and a second after a comma',
    task: '全市完成农村公路建设 150公里，危桥改造12座。（牵头单位：市交通运输局）',
    expected: [
      { what: '农村公路建设', kind: 'count', target: 150, unit: '公里', targetText: '150公里' },
      { what: '危桥改造', kind: 'count', target: 12, unit: '座' },
    ],
  },
  {
    name: 'seed: 万 expanded and 每千人 as the denominator',
    task: '全市完成不少于2.737万批次食品抽检任务，食品检验量达到每千人6批次。',
    expected: [
      { what: '食品抽检', kind: 'count', target: 27370, unit: '批次', targetText: '2.737万批次' },
      { what: '食品检验量', kind: 'standard', target: 6, unit: '批次/千人' },
    ],
  },
  {
    name: 'seed: 各 gives one indicator per listed thing',
    task: '实施农村妇女“两癌”免费检查，完成宫颈癌、乳腺癌筛查各42400例，保障妇女健康。',
    expected: [
      { what: '宫颈癌筛查', target: 42400, unit: '例' },
      { what: '乳腺癌筛查', target: 42400, unit: '例' },
    ],
  },
  {
    name: 'seed: standards per person and month, a multiple of a reference level',
    task: '低保标准不低于900元/人/月。特困人员基本生活标准不低于当地最低生活保障标准的1.6倍。',
    expected: [
      { what: '低保标准', kind: 'standard', target: 900, unit: '元/人/月' },
      { kind: 'standard', target: 1.6, unit: '倍' },
    ],
  },
  {
    name: 'seed: a Chinese numeral counts; a slogan in quotes does not',
    task: '坚持“四个最严”的要求，在三个区试点推行“承诺制+公示”，组织一批企业经营者参加进修。',
    expected: [{ target: 3, unit: '个区' }],
  },
  {
    name: 'seed: no numeric target, a milestone',
    task: '2020年底前，居住证业务实现全程网上办理，让群众“零跑路”。（牵头单位：市公安局）',
    expected: [{ what: '居住证业务全程网上办理', kind: 'milestone', target: null, unit: '' }],
  },
  {
    name: 'other: lower is better',
    task: '城镇调查失业率控制在5.5%以内，城镇登记失业率不超过3.5%。',
    expected: [
      { kind: 'rate', target: 5.5, unit: '%', direction: 'at_most' },
      { kind: 'rate', target: 3.5, unit: '%', direction: 'at_most' },
    ],
  },
  {
    name: 'other: a range',
    task: '新建3-5所公办幼儿园，新增学位2000个。',
    expected: [
      { what: '新建公办幼儿园', target: 3, targetMax: 5, unit: '所' },
      { target: 2000, unit: '个' },
    ],
  },
  {
    name: 'other: a baseline and a target, per person and year',
    task: '城乡居民基础养老金从每人每年1200元提高到1500元。',
    expected: [{ kind: 'standard', target: 1500, baseline: 1200, unit: '元/人/年' }],
  },
  {
    name: 'other: 元/人月 and 每人每月 are 元/人/月',
    task: '城乡低保标准提高到1000元/人月；高龄津贴每人每月发放300元。',
    expected: [
      { kind: 'standard', target: 1000, unit: '元/人/月' },
      { kind: 'standard', target: 300, unit: '元/人/月' },
    ],
  },
  {
    name: 'other: 万 and 亿 with other units',
    task: '新增城镇就业3.2万人，新增光伏装机1.08万千瓦，完成投资12.6亿元。',
    expected: [
      { target: 32000, unit: '人' },
      { target: 10800, unit: '千瓦' },
      { target: 1260000000, unit: '元', kind: 'count' },
    ],
  },
  {
    name: 'other: half-width punctuation mixed with full-width',
    task: '完成农村公路建设150公里,危桥改造12座;农村生活污水治理率达到60%以上(牵头单位:市交通局)',
    expected: [
      { what: '农村公路建设', target: 150, unit: '公里' },
      { what: '危桥改造', target: 12, unit: '座' },
      { kind: 'rate', target: 60, unit: '%', direction: 'at_least' },
    ],
  },
  {
    name: 'other: a ratio and a multiple',
    task: '新建住宅小区按停车位与住户比1:1配建充电设施，补助标准提高至原来的1.5倍。',
    expected: [
      { kind: 'standard', target: 1, unit: '比' },
      { kind: 'standard', target: 1.5, unit: '倍' },
    ],
  },
  {
    name: 'other: a heading that states the target',
    task: '新建社区食堂30个',
    expected: [{ what: '新建社区食堂', kind: 'count', target: 30, unit: '个' }],
  },
  {
    name: 'other: people served, with an age group, then the service',
    task: '为1.5万名65岁以上老人提供免费体检',
    expected: [{ what: '65岁以上老人免费体检', kind: 'count', target: 15000, unit: '名' }],
  },
  {
    name: 'other: years, ages, dates and ordinals are not targets',
    task: '2021—2025年，为3-6岁儿童提供普惠性学前教育，第二批项目于6月30日前开工。',
    expected: [],
  },
];

const ACTUALS: Case[] = [
  {
    name: 'other: the target said done as a whole names its indicator',
    task: '建成区域性养老服务中心7家。',
    progress: '7家已全部建成并投入运营。',
    expected: [{ actual: null, achieved: true }],
  },
  {
    name: 'other: 新建 in a progress text reports what was built',
    task: '新建5G基站1200座。',
    progress: '全市新建5G基站1350座，其中蓬江区420座、江海区210座。',
    expected: [{ actual: 1350 }],
  },
  {
    name: 'other: done over total, written with a slash',
    task: '新建城市书房15个。',
    progress: '已完成12/15个。',
    expected: [{ actual: 12 }],
  },
  {
    name: 'other: the whole item said done in words, naming nothing',
    task: '新增公共停车位3000个。',
    progress: '全年任务已完成。',
    expected: [{ actual: null, achieved: true }],
  },
  {
    name: 'other: a share of the year task done is no words-only completion',
    task: '新增公共停车位3000个。',
    progress: '年度任务已完成80%。',
    expected: [{ achieved: null }],
  },
  {
    name: 'other: a concentration capped from above, with a number inside the pollutant name',
    task: 'PM2.5平均浓度控制在30微克/立方米以内。',
    progress: '1-9月PM2.5平均浓度为27微克/立方米。',
    expected: [{ target: 30, unit: '微克/立方米', direction: 'at_most', actual: 27 }],
  },
  {
    name: 'other: a remark in brackets after the figure does not name it',
    task: '新增义务教育学位5000个。',
    progress: '新增学位4500个（完成年度目标的90%）。',
    expected: [{ actual: 4500, reportedPercent: 90 }],
  },
  {
    name: 'other: projects started are not projects done, unless starts are the target',
    task: '改造老旧小区30个。新开工保障性租赁住房2000套。',
    progress: '已开工改造老旧小区30个，其中已完工9个，在建21个。已开工保障性租赁住房1500套。',
    expected: [{ actual: 9 }, { actual: 1500 }],
  },
  {
    name: 'seed: the restated target, then the part done',
    task: '2020年建设7家区域性养老服务中心、7家居家社区养老服务示范点，新建12家长者食堂。',
    progress:
      '目前7家区域性养老服务中心已有2家完成建设；7家居家社区养老服务示范点中已有3家完成基础设施建设；新建12家长者食堂已有10家完成基础建设。',
    expected: [{ actual: 2 }, { actual: 3 }, { actual: 10 }],
  },
  {
    name: 'seed: work in progress and a count of another thing are no actual',
    task: '实施15个老旧社区改造，实现63家预防接种门诊数字化。',
    progress:
      '（1）全市63间预防接种门诊标准化建设正按进度推进。（2）推进老旧小区改造项目建设，目前已完工23个，在建10个。',
    expected: [{ actual: null }, { actual: null }],
  },
  {
    name: 'seed: a printed completion percentage',
    task: '全市完成不少于2.737万批次食品抽检任务。',
    progress: '截至9月底，全市共抽检食品23142批次，完成全年食品抽检任务84.55%。',
    expected: [{ actual: 23142, actualText: '23142批次', reportedPercent: 84.55 }],
  },
  {
    name: 'seed: the total, not its 其中 parts',
    task: '全年快检不少于35万批次。',
    progress:
      '截至9月底，全市累计完成食用农产品快检280447批次，其中快检蔬菜254555批次，水产品19649批次。',
    expected: [{ actual: 280447 }],
  },
  {
    name: 'seed: a plan and a planned second batch are no actual',
    task: '实现不少于100项高频政务服务事项全城通办。',
    progress:
      '已实现第一批82项高频政务服务事项的“全城通办”，拟于近期公布第二批90项“全城通办”事项清单。',
    expected: [{ actual: 82 }],
  },
  {
    name: 'seed: words-only completion',
    task: '全市建档立卡贫困户全部达到“八有”指标，并且100%实现有序退出。',
    progress: '按进度完成。\n我市建档立卡贫困户已全部达到“八有”标准，实现脱贫退出。',
    expected: [{ actual: null, achieved: true }],
  },
  {
    name: 'other: prose with a plan, then what is done, then 完成率',
    task: '新建社区食堂30个',
    progress: '计划新建社区食堂30个，现已完成22个，完成率73.3%。',
    expected: [{ actual: 22, reportedPercent: 73.3 }],
  },
  {
    name: 'other: X（Y%） with half-width brackets',
    task: '完成农村公路建设150公里,危桥改造12座',
    progress: '已完成农村公路建设82.5公里(55%),危桥改造6座(50%)。',
    expected: [
      { actual: 82.5, reportedPercent: 55 },
      { actual: 6, reportedPercent: 50 },
    ],
  },
  {
    name: 'other: 累计完成, 占全年计划',
    task: '新增城镇就业3.2万人。',
    progress: '1-6月累计完成新增城镇就业1.9万人，占全年计划59.4%。',
    expected: [{ actual: 19000, reportedPercent: 59.4 }],
  },
  {
    name: 'other: only a percentage, with a reason',
    task: '改造提升农贸市场20个。',
    progress: '农贸市场改造提升完成65%(受疫情影响进展偏慢)。',
    expected: [{ actual: null, reportedPercent: 65 }],
  },
  {
    name: 'other: parts, then the total',
    task: '新建城市书房36个。',
    progress: '三个区新建城市书房分别为12、9、15个，共计36个，已全部投入使用。',
    expected: [{ actual: 36 }],
  },
  {
    name: 'other: per-district figures after the total',
    task: '新建长者饭堂50家。',
    progress: '全市已建成长者饭堂45家，蓬江区12家、江海区8家。',
    expected: [{ actual: 45 }],
  },
  {
    name: 'other: a forecast and a count under way are no actual',
    task: '惠及困难群众10万人，新建公厕20座。',
    progress: '预计年底可惠及8万人。新建公厕已开工，另有5座正在施工。',
    expected: [{ actual: null }, { actual: null }],
  },
  {
    name: 'other: a level reached, lower is better',
    task: '城镇调查失业率控制在5.5%以内。',
    progress: '截至6月底，城镇调查失业率为5.2%。',
    expected: [{ actual: 5.2, direction: 'at_most' }],
  },
  {
    name: 'other: words only, 已全部通过验收',
    task: '完成12所学校运动场改造。',
    progress: '学校运动场改造工程已全部通过验收。',
    expected: [{ actual: null, achieved: true }],
  },
  {
    name: 'other: the whole target restated as done',
    task: '完成12所学校运动场改造。',
    progress: '12所学校运动场改造工程已全部通过验收。',
    expected: [{ actual: 12 }],
  },
  {
    name: 'other: a period said is a period reported; 完成年度任务的Y%',
    task: '全年新增城镇就业3.2万人以上,城镇调查失业率控制在5.5%以内。',
    progress: '1-6月,全市新增城镇就业1.75万人,完成年度任务的54.7%;城镇调查失业率5.1%。',
    expected: [
      { target: 32000, actual: 17500, reportedPercent: 54.7 },
      { direction: 'at_most', actual: 5.1 },
    ],
  },
  {
    name: 'other: a baseline whose thing is named in the clause before',
    task: '提高城乡居民基本医疗保险财政补助标准，由每人每年550元提高到580元。',
    progress: '已按580元/人/年标准落实财政补助。',
    expected: [
      {
        what: '城乡居民基本医疗保险财政补助标准',
        baseline: 550,
        target: 580,
        unit: '元/人/年',
        actual: 580,
      },
    ],
  },
  {
    name: 'other: an age range and a phone number are no actual',
    task: '为3-6岁儿童新增普惠性学位3000个。',
    progress: '已开通咨询热线12345，覆盖3-6岁儿童，新增普惠性学位2400个。',
    expected: [{ actual: 2400 }],
  },
  {
    name: 'other: a figure that names nothing, the one count of its unit; 完成率',
    task: '新建农村公路200公里',
    progress: '累计完成156.3公里，完成率78.2%。',
    expected: [{ actual: 156.3, reportedPercent: 78.2 }],
  },
  {
    name: 'other: started, then finished, with X（Y%）',
    task: '改造农村危房1200户',
    progress: '已开工1100户，竣工980户（81.7%）。',
    expected: [{ actual: 980, reportedPercent: 81.7 }],
  },
  {
    name: 'other: a range target; what is built, not what is under construction',
    task: '新建公办幼儿园3-5所',
    progress: '已建成2所，另有2所正在施工。',
    expected: [{ target: 3, targetMax: 5, actual: 2 }],
  },
  {
    name: 'other: the one level of its unit, stated as promised',
    task: '城乡居民基础养老金从每人每年1200元提高到1500元',
    progress: '已于7月起按每人每年1500元标准发放。',
    expected: [{ baseline: 1200, target: 1500, unit: '元/人/年', actual: 1500 }],
  },
  {
    name: 'other: only a percentage with a reason, after a status sentence',
    task: '建设污水管网50公里',
    progress: '进度滞后。65%(受汛期影响进展偏慢)',
    expected: [{ actual: null, reportedPercent: 65 }],
  },
  {
    name: 'other: a percentage of a thing at the head of a sentence is no completion',
    task: '农村卫生厕所普及率达到95%',
    progress: '93.2%的行政村已完成改厕。',
    expected: [{ actual: null, reportedPercent: null }],
  },
  {
    name: 'other: parts by place, then the total, naming nothing else',
    task: '完成老旧小区改造45个',
    progress: '分别在A区、B区、C区完成12、9、15个，共计36个。',
    expected: [{ actual: 36 }],
  },
  {
    name: 'other: people served, in 万',
    task: '为1.5万名65岁以上老人提供免费体检',
    progress: '截至9月底已为1.32万名老人完成体检。',
    expected: [{ target: 15000, actual: 13200 }],
  },
  {
    name: 'other: 1-9月…，占全年计划Y%',
    task: '新增城镇就业3.2万人',
    progress: '1-9月新增城镇就业2.87万人，占全年计划89.7%。',
    expected: [{ actual: 28700, reportedPercent: 89.7 }],
  },
  {
    name: 'other: 为计划的Y%, in 亿元',
    task: '发放消费券1.5亿元',
    progress: '已发放消费券1.2亿元，为计划的80%。',
    expected: [{ actual: 120000000, reportedPercent: 80 }],
  },
  {
    name: 'other: the total, then per-district figures after 其中',
    task: '完成老旧小区改造45个',
    progress: '全市完成36个，其中A区12个、B区9个。',
    expected: [{ actual: 36 }],
  },
  {
    name: 'other: per-district figures after the total, half-width commas',
    task: '完成老旧小区改造45个',
    progress: '全市完成36个,其中蓬江区12个、江海区9个,新会区15个。',
    expected: [{ actual: 36 }],
  },
  {
    name: 'other: starts are the actual when the target counts starts',
    task: '新开工棚户区改造3000套',
    progress: '已开工2650套，其中已基本建成800套。',
    expected: [{ actual: 2650 }],
  },
  {
    name: 'other: of the starts, the part built is the actual of a plain target',
    task: '改造棚户区3000套',
    progress: '已开工2650套，其中已基本建成800套。',
    expected: [{ actual: 800 }],
  },
  {
    name: 'other: a heading that states the target, then 计划…，现已完成…',
    task: '新建社区食堂30个',
    progress: '计划年内建成30个，现已完成18个，预计年底全部完成。',
    expected: [{ actual: 18 }],
  },
  {
    name: 'other: the target said again is no actual',
    task: '新建社区食堂30个',
    progress: '年度目标任务30个，已完成18个。',
    expected: [{ actual: 18 }],
  },
  {
    name: 'other: a target done, said with 任务',
    task: '培训新型职业农民5000人',
    progress: '截至9月底，已完成培训任务3000人。',
    expected: [{ actual: 3000 }],
  },
  {
    name: 'other: of a period and a running total, the running total',
    task: '新建社区食堂30个',
    progress: '1-6月完成10个，累计完成18个。',
    expected: [{ actual: 18 }],
  },
  {
    name: 'other: full-width digits and half-width punctuation',
    task: '新建农村公路２００公里,改造危桥１２座',
    progress: '已完成农村公路１５６.３公里,危桥改造８座;',
    expected: [
      { target: 200, actual: 156.3, actualText: '１５６.３公里' },
      { target: 12, actual: 8 },
    ],
  },
  {
    name: 'other: a file name, a date, an age range, a phone number, 在建 and 拟 are no actual',
    task: '新建公办幼儿园5所',
    progress:
      '根据《江门市学前教育发展规划（2021-2025年）》，截至2021年9月30日，已建成3所，在建2所，拟于年底前再开工1所，可提供3-6岁学位900个。咨询电话0750-3501234。',
    expected: [{ actual: 3 }],
  },
  {
    name: 'other: only a forecast and work under way: no actual',
    task: '新建公办幼儿园5所',
    progress: '截至2021年9月30日，在建2所，预计年底建成3所。咨询电话：0750-3501234。',
    expected: [{ actual: null }],
  },
  {
    name: 'other: a figure that names nothing is no actual when two counts share its unit',
    task: '新建城市书房20个,改造社区公园10个',
    progress: '已建成12个。',
    expected: [{ actual: null }, { actual: null }],
  },
];

describe('extractTargets', () => {
  it.each(TARGETS)('$name', ({ task, expected }) => {
    const found = extractTargets(task);
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(found[i]).toMatchObject(want);
    });
  });
});

describe('matchActuals', () => {
  it.each(ACTUALS)('$name', ({ task, progress, expected }) => {
    const found = extractIndicators(task, progress ?? '');
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(found[i]).toMatchObject(want);
    });
  });

  it('returns new objects in the same order and leaves its input alone', () => {
    const targets = extractTargets('完成农村公路建设150公里，危桥改造12座。');
    // An actual from an earlier reading: matching starts afresh and must not wipe the caller's.
    const input = targets.map((ind, i) =>
      i === 0 ? { ...ind, actual: 80, actualText: '80公里' } : ind,
    );
    const copy = structuredClone(input);
    const filled = matchActuals(input, '已完成危桥改造6座。');
    expect(input).toEqual(copy);
    expect(filled.map((ind) => ind.what)).toEqual(['农村公路建设', '危桥改造']);
    expect(filled.map((ind) => ind.actual)).toEqual([null, 6]);
    filled.forEach((ind, i) => {
      expect(ind).not.toBe(input[i]);
    });
  });
});
