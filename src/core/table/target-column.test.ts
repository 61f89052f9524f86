import { describe, expect, it } from 'vitest';
import { buildPlanDocument, readPlanText } from '../read-plan.ts';

const indicators = (text: string) =>
  buildPlanDocument(readPlanText(text)).items.map((i) =>
    i.indicators.map((x) => [x.target, x.unit, x.actual]),
  );

describe('a target column beside the project’s name', () => {
  it('reads a target sentence in the 目标任务 column with the project', () => {
    const text = [
      '| 序号 | 项目名称 | 目标任务 | 进展情况 | 牵头单位 |',
      '| 1 | 农村公路提质改造 | 改造农村公路90公里 | 已完成改造76公里. | 县交通局 |',
      '| 2 | 城区排水管网改造 | 改造排水管网15公里 | 已完成6公里. | 县住建局 |',
    ].join('\n');
    expect(indicators(text)).toEqual([[[90, '公里', 76]], [[15, '公里', 6]]]);
  });

  it('reads each sentence of a news paragraph that plans and reports', () => {
    const text =
      '某区民生实事进展\n今年该区计划新建口袋公园12个，目前已建成9个；计划改造燃气老旧管网25公里，目前已完成18公里。';
    expect(indicators(text)).toEqual([[[12, '个', 9]], [[25, '公里', 18]]]);
  });

  it('takes the period from the progress column’s name when the title has none', () => {
    const text = [
      '2023年某县民生实事项目进展情况汇总表',
      '序号  实事名称        计划数  完成数  责任部门        截至10月底进展',
      '1     新建公厕(座)     12      10      县住建局        已建成10座',
    ].join('\n');
    const doc = buildPlanDocument(readPlanText(text));
    expect(doc.plan.period?.end).toBe('2023-10-31');
    expect(doc.items[0]?.indicators.map((x) => [x.target, x.actual])).toEqual([[12, 10]]);
  });
});
