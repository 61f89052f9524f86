/**
 * Each rule of rules.ts against the sentence it exists for (seed: Jiangmen 2020; other: the way
 * other cities write), and against the sentence it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import {
  AT_MOST_BEFORE,
  COMPLETION_CUE,
  COMPLETION_PERCENT,
  FULL_DONE,
  HEDGE,
  MILESTONE,
  ONGOING_LEAD,
  PLAN_CUE,
  PROGRESSING_CUE,
  REFERENCE,
  SLOGAN_BEFORE,
  STARTED_CUE,
} from './rules.ts';

/** [rule name, text just before or around the figure, should match, rule]. */
const TABLE: [string, string, boolean, RegExp][] = [
  ['AT_MOST_BEFORE', '城镇调查失业率控制在', true, AT_MOST_BEFORE],
  ['AT_MOST_BEFORE', '城镇登记失业率不超过', true, AT_MOST_BEFORE],
  ['AT_MOST_BEFORE', '全市完成不少于', false, AT_MOST_BEFORE],
  ['AT_MOST_BEFORE', '低保标准不低于', false, AT_MOST_BEFORE],
  ['SLOGAN_BEFORE', '一次办、网上办、马上办、就近办’四个', true, SLOGAN_BEFORE],
  ['REFERENCE', '低保人均补差水平城镇不低于当地低保标准的', true, REFERENCE],
  ['REFERENCE', '低保标准不低于', false, REFERENCE],
  ['STARTED_CUE', '已开工改造老旧小区', true, STARTED_CUE],
  ['STARTED_CUE', '其中已完工', false, STARTED_CUE],
  ['MILESTONE', '实现全市公共机构生活垃圾分类全覆盖', true, MILESTONE],
  ['MILESTONE', '居住证业务实现全程网上办理', true, MILESTONE],
  ['ONGOING_LEAD', '持续推进全域自然村集中供水全覆盖', true, ONGOING_LEAD],
  ['ONGOING_LEAD', '实现全市公共机构生活垃圾分类全覆盖', false, ONGOING_LEAD],
  ['PLAN_CUE', '拟于近期公布第二批', true, PLAN_CUE],
  ['PLAN_CUE', '年内还将再实现', true, PLAN_CUE],
  ['PLAN_CUE', '预计年底可惠及', true, PLAN_CUE],
  ['PLAN_CUE', '计划新建社区食堂', true, PLAN_CUE],
  ['PLAN_CUE', '按计划开展专项整治，出动执法人员', false, PLAN_CUE],
  ['PROGRESSING_CUE', '在建', true, PROGRESSING_CUE],
  ['PROGRESSING_CUE', '另有5个正在施工', true, PROGRESSING_CUE],
  ['PROGRESSING_CUE', '预防接种门诊标准化建设…正按进度推进', true, PROGRESSING_CUE],
  ['PROGRESSING_CUE', '持续推进全市', true, PROGRESSING_CUE],
  ['PROGRESSING_CUE', '剩余17个未完成整治', true, PROGRESSING_CUE],
  ['PROGRESSING_CUE', '目前已完工', false, PROGRESSING_CUE],
  ['COMPLETION_CUE', '已完成农村公路建设', true, COMPLETION_CUE],
  ['COMPLETION_CUE', '截至9月底，全市共抽检食品', true, COMPLETION_CUE],
  ['COMPLETION_CUE', '（1）建设和改造', false, COMPLETION_CUE],
  ['COMPLETION_PERCENT', '，完成全年食品抽检任务', true, COMPLETION_PERCENT],
  ['COMPLETION_PERCENT', '，完成率达', true, COMPLETION_PERCENT],
  ['COMPLETION_PERCENT', '，完成总任务数', true, COMPLETION_PERCENT],
  ['COMPLETION_PERCENT', '，已完成全年目标任务的', true, COMPLETION_PERCENT],
  ['COMPLETION_PERCENT', '，占全年计划', true, COMPLETION_PERCENT],
  ['COMPLETION_PERCENT', '，为计划的', true, COMPLETION_PERCENT],
  ['COMPLETION_PERCENT', '农贸市场改造提升完成', true, COMPLETION_PERCENT],
  ['COMPLETION_PERCENT', '全市公办幼儿园在园幼儿占比', false, COMPLETION_PERCENT],
  ['COMPLETION_PERCENT', '，合格率', false, COMPLETION_PERCENT],
  ['FULL_DONE', '我市建档立卡贫困户已全部达到“八有”标准', true, FULL_DONE],
  ['FULL_DONE', '学校运动场改造工程已全部通过验收', true, FULL_DONE],
  ['FULL_DONE', '其中台山市疾控中心冷库建设已完成验收', false, FULL_DONE],
  ['HEDGE', '全市650多个公共机构初步完成设施布置', true, HEDGE],
];

describe('rules', () => {
  it.each(TABLE)('%s on "%s" → %s', (_name, text, matches, rule) => {
    expect(rule.test(text)).toBe(matches);
  });
});
