import { describe, expect, it } from 'vitest';
import { indicator, item } from '../../../test/factories/indicator.ts';
import type { PlanReading } from '../model.ts';
import { readReport } from '../table/report.ts';
import { checkPlan } from './check-plan.ts';
import { findRestatedTargets } from './target-mismatch.ts';
import {
  findJiezhiMisuse,
  findMixedPunctuation,
  findRepeatedCharacters,
  findUnbalancedBracket,
} from './text-checks.ts';

describe('wording checks', () => {
  it.each([
    ['（3）已完成完成25间二级以上医疗机构对接', '完成完成'],
    ['新建绿道完成完成11公里', '完成完成'],
    ['提高的的标准', '的的'],
    ['家家户户用上自来水', null],
    ['人人享有基本医疗', null],
  ])('repeated: %s', (text, found) => {
    expect(findRepeatedCharacters(text)).toBe(found);
  });

  it.each([
    ['截止6月底，城镇新增就业1.38万人', '截止6'],
    ['截止目前，已完成', '截止目前'],
    ['截至9月底，全市完成', null],
    ['报名截止日期为10月1日', null],
  ])('截止/截至: %s', (text, found) => {
    expect(findJiezhiMisuse(text)).toBe(found);
  });

  it.each([
    ['（牵头单位：市民政局', '（）'],
    ['已印发《方案》和《通知', '《》'],
    ['“两癌”免费检查（牵头单位：市卫生健康局）', null],
    ['印发<调整标准的方案>的通知', null],
  ])('brackets: %s', (text, found) => {
    expect(findUnbalancedBracket(text)).toBe(found);
  });

  it.each([
    ['已推动38项高频事项“跨省通办”,拟于下半年再推出20项。', '”,'],
    ['完成率(按户计)达到90%，其余推进中', '率('],
    ['全部半角,没有全角', null],
    ['全部全角，没有半角（如此）', null],
  ])('punctuation: %s', (text, found) => {
    expect(findMixedPunctuation(text)).toBe(found);
  });
});

describe('target restated with another number', () => {
  it('finds "建设和改造6家" against a task of 4', () => {
    const target = indicator({ what: '疾控机构冷链系统建设和改造', target: 4, unit: '家' });
    const found = findRestatedTargets(
      '完善疫苗接种管理体系建设，建设和改造4家疾控机构冷链系统，实现63家预防接种门诊数字化。',
      '按进度完成。\n（1）建设和改造6家疾控机构冷链系统，其中台山市疾控中心冷库建设已完成验收。',
      [target],
    );
    expect(found.map((f) => f.value)).toEqual([6]);
  });
  it('is silent when the report repeats the same target', () => {
    const target = indicator({
      what: '孤儿集中供养标准',
      kind: 'standard',
      target: 2200,
      unit: '元/人/月',
    });
    const task = '实现孤儿集中供养标准2200元/人/月、分散供养标准1800元/人/月。';
    expect(findRestatedTargets(task, `调整至${task}`, [target])).toEqual([]);
  });
});

describe('checkPlan', () => {
  const reading = (items: PlanReading['items'], declared: number | null): PlanReading => ({
    plan: { title: 't', year: 2020, declaredItemCount: declared, period: null },
    categories: [{ ordinal: '一', title: '甲' }],
    items,
    warnings: [],
  });

  it('compares the declared count and finds numbering gaps and repeats', () => {
    const warnings = checkPlan(
      reading([item({ no: '1' }), item({ no: '3' }), item({ no: '3' })], 4),
    );
    expect(warnings.map((w) => [w.code, w.item, w.message])).toEqual([
      ['item_count_mismatch', null, '标题声明共4项，表中找到3项'],
      ['number_gap', '3', '序号从1跳到3'],
      ['number_gap', '3', '序号3重复出现'],
    ]);
  });

  it('reports a repeated number once, as a repeat, and reads on from it', () => {
    const messages = checkPlan(
      reading(
        ['1', '2', '2', '3', '5'].map((no) => item({ no })),
        5,
      ),
    ).map((w) => w.message);
    expect(messages).toEqual(['序号2重复出现', '序号从3跳到5']);
  });

  it('accepts numbering that restarts at 1 in each group', () => {
    const codes = checkPlan(
      reading([item({ no: '1' }), item({ no: '2' }), item({ no: '1' })], 3),
    ).map((w) => w.code);
    expect(codes).toContain('number_gap');
    expect(codes.filter((c) => c === 'number_gap')).toHaveLength(1);
  });

  it('flags a printed percentage that the figures contradict', () => {
    const warnings = checkPlan(
      reading(
        [
          item({
            report: readReport('按进度完成。'),
            indicators: [
              indicator({ what: '食品抽检', target: 27370, actual: 23142, reportedPercent: 94.55 }),
            ],
          }),
        ],
        1,
      ),
    );
    expect(warnings.map((w) => w.code)).toEqual(['percent_mismatch']);
    expect(warnings[0]?.message).toContain('84.55%');
  });

  it('flags a report without a status sentence', () => {
    const warnings = checkPlan(reading([item({ report: readReport('（1）甲。') })], 1));
    expect(warnings.map((w) => w.code)).toEqual(['status_missing']);
  });
});
