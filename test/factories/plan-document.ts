/**
 * A realistic plan document for converter tests, shaped after Jiangmen's 2020 table (seed/):
 * three categories (the last lost its title, as items 19–21 of the seed did), six items, several
 * units per item with their persons, numbered progress points, one discrepancy, one item without
 * a report.
 */

import type { Indicator, Item, PlanReading } from '../../src/core/model.ts';
import { newIndicator } from '../../src/core/model.ts';
import type { PlanDocument } from '../../src/core/plan-document.ts';
import { buildPlanDocument as assessReading } from '../../src/core/read-plan.ts';

function indicator(
  fields: Partial<Indicator> & Pick<Indicator, 'what' | 'target' | 'unit'>,
): Indicator {
  return newIndicator({ kind: 'count', ...fields });
}

function item(fields: Partial<Item> & Pick<Item, 'no' | 'task'> & { category: number }): Item {
  return {
    leadUnit: null,
    leaders: [],
    responsibilities: [],
    start: '2020-01-01',
    deadline: '2020-12-31',
    indicators: [],
    report: null,
    line: null,
    ...fields,
  };
}

const HEALTH = { category: 0 };
const WELFARE = { category: 1 };
const UNTITLED = { category: 2 };

/**
 * The document as Minsheng builds it: the figures below are what units wrote; completion,
 * status, forecast and discrepancy come from core's own assessment at the period's end, so the
 * fixture can never contradict thresholds.ts.
 */
export function buildPlanDocument(overrides: Partial<PlanDocument> = {}): PlanDocument {
  const items: Item[] = [
    item({
      no: '1',
      ...HEALTH,
      task: '2020年底前，建设和改造4家疾控机构冷链系统，实现63家预防接种门诊数字化。实施农村妇女“两癌”免费检查，完成宫颈癌、乳腺癌筛查各42400例。（牵头单位：市卫生健康局）',
      leadUnit: '市卫生健康局',
      leaders: ['赖燕芬'],
      responsibilities: [
        { unit: '市卫生健康局', person: '周津明' },
        { unit: '市政务服务数据管理局', person: '元小文' },
        { unit: '市妇联', person: '林露华' },
      ],
      indicators: [
        indicator({
          what: '宫颈癌筛查',
          target: 42400,
          unit: '例',
          targetText: '42400例',
          actual: 42116,
          actualText: '42116例',
        }),
        indicator({
          what: '乳腺癌筛查',
          target: 42400,
          unit: '例',
          targetText: '42400例',
          actual: 42440,
          actualText: '42440例',
        }),
      ],
      report: {
        statusLabel: '按进度完成',
        statusClaim: 'on_schedule',
        points: [
          '建设和改造6家疾控机构冷链系统，其中台山市疾控中心冷库建设已完成验收。',
          '全市63间预防接种门诊标准化建设正按进度推进。',
          '截至9月底，全市完成宫颈癌免费筛查42116例、乳腺癌筛查42440例，完成总任务数99.7%。',
        ],
        text: '按进度完成。\n（1）建设和改造6家疾控机构冷链系统，其中台山市疾控中心冷库建设已完成验收。\n（2）全市63间预防接种门诊标准化建设正按进度推进。\n（3）截至9月底，全市完成宫颈癌免费筛查42116例、乳腺癌筛查42440例，完成总任务数99.7%。',
      },
    }),
    item({
      no: '2',
      ...HEALTH,
      task: '完成25间二级以上医疗机构对接市区域卫生健康平台互通、数据共享和检查检验结果互认。（牵头单位：市卫生健康局）',
      leadUnit: '市卫生健康局',
      leaders: ['赖燕芬'],
      responsibilities: [{ unit: '市卫生健康局', person: '周津明' }],
      indicators: [
        indicator({
          what: '医疗机构对接平台',
          target: 25,
          unit: '间',
          targetText: '25间',
          actual: 25,
          actualText: '25间',
        }),
      ],
      report: {
        statusLabel: '已完成',
        statusClaim: 'completed',
        points: ['已完成25间二级以上医疗机构对接市区域卫生健康平台。'],
        text: '已完成。\n已完成25间二级以上医疗机构对接市区域卫生健康平台。',
      },
    }),
    item({
      no: '3',
      ...WELFARE,
      task: '低保标准不低于900元/人/月，特困人员基本生活标准不低于当地最低生活保障标准的1.6倍。（牵头单位：市民政局）',
      leadUnit: '市民政局',
      leaders: ['王长青'],
      responsibilities: [
        { unit: '市民政局', person: '谢鸿猷' },
        { unit: '市财政局', person: '李文聪' },
        { unit: '各市（区）政府', person: '各市（区）长' },
      ],
      indicators: [
        indicator({
          what: '低保标准',
          kind: 'standard',
          target: 900,
          unit: '元/人/月',
          targetText: '900元/人/月',
          actual: 900,
          actualText: '900元/人月',
        }),
      ],
      report: {
        statusLabel: '按进度完成',
        statusClaim: 'on_schedule',
        points: [
          '全市城乡低保标准统一提高到900元/人月。',
          '已按照提标后金额发放低保金和特困人员基本生活费。',
        ],
        text: '按进度完成。\n（1）全市城乡低保标准统一提高到900元/人月。\n（2）已按照提标后金额发放低保金和特困人员基本生活费。',
      },
    }),
    item({
      no: '4',
      ...WELFARE,
      task: '年内100%实现城市困难职工家庭生活水平超过江门市低保标准。（牵头单位：市总工会）',
      leadUnit: '市总工会',
      leaders: ['许晓雄'],
      responsibilities: [
        { unit: '市总工会', person: '顾达华' },
        { unit: '市人力资源社会保障局', person: '钱杰润' },
        { unit: '市住房城乡建设局', person: '张璐' },
        { unit: '江门银保监分局', person: null },
      ],
      indicators: [
        indicator({
          what: '困难职工家庭生活水平超过低保标准',
          kind: 'rate',
          target: 100,
          unit: '%',
          targetText: '100%',
          actual: 94,
          actualText: '94%',
        }),
      ],
      report: {
        statusLabel: '按进度完成',
        statusClaim: 'on_schedule',
        points: ['截至9月底，已实现94%城市困难职工家庭生活水平超过江门市低保标准。'],
        text: '按进度完成。\n截至9月底，已实现94%城市困难职工家庭生活水平超过江门市低保标准。',
      },
    }),
    item({
      no: '5',
      ...UNTITLED,
      task: '完成农村公路建设150公里，改造危桥12座。（牵头单位：市交通运输局）',
      leadUnit: '市交通运输局',
      leaders: ['许晓雄', '王长青'],
      responsibilities: [
        { unit: '市交通运输局', person: '黄文建' },
        { unit: '各市（区）政府', person: '各市（区）长' },
      ],
      indicators: [
        indicator({
          what: '农村公路建设',
          target: 150,
          unit: '公里',
          targetText: '150公里',
          actual: 81.661,
          actualText: '81.661公里',
        }),
        indicator({
          what: '改造危桥',
          target: 12,
          unit: '座',
          targetText: '12座',
          actual: 6,
          actualText: '6座',
        }),
      ],
      report: {
        statusLabel: '按进度完成',
        statusClaim: 'on_schedule',
        points: [
          '截至9月底，全市完成农村公路建设81.661公里。',
          '完成危桥改造6座，其余6座正在施工。',
        ],
        text: '按进度完成。\n（1）截至9月底，全市完成农村公路建设81.661公里。\n（2）完成危桥改造6座，其余6座正在施工。',
      },
    }),
    item({
      no: '6',
      ...UNTITLED,
      task: '持续开展“城管进社区管到位”行动。（牵头单位：市城市管理综合执法局）',
      leadUnit: '市城市管理综合执法局',
      leaders: ['王长青'],
      responsibilities: [
        { unit: '市城市管理综合执法局', person: '赖惠镇' },
        { unit: '市公安局', person: '谭良伟' },
      ],
    }),
  ];
  const reading: PlanReading = {
    plan: {
      title: '2020年市十件民生实事1-9月进展情况汇总表',
      year: 2020,
      declaredItemCount: items.length,
      period: { label: '1-9月', start: '2020-01-01', end: '2020-09-30' },
    },
    categories: [
      { ordinal: '一', title: '提高医疗卫生服务水平' },
      { ordinal: '二', title: '提高底线民生保障水平' },
      { ordinal: null, title: null },
    ],
    items,
    warnings: [],
  };
  return { ...assessReading(reading), ...overrides };
}
