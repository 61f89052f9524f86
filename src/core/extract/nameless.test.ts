/**
 * Which figures of a progress text name no thing of their own (NAMELESS_WORDS, PLACE_LIST):
 * the sentence, the figure as printed, and whether it names nothing.
 */
import { describe, expect, it } from 'vitest';
import { readProgress } from './figures.ts';

const TABLE: [string, string, boolean][] = [
  ['累计完成156.3公里，完成率78.2%。', '156.3公里', true],
  ['已开工1100户，竣工980户（81.7%）。', '980户', true],
  ['已建成2所，另有2所正在施工。', '2所', true],
  ['分别在A区、B区、C区完成12、9、15个，共计36个。', '36个', true],
  ['根据《江门市学前教育发展规划（2021-2025年）》，截至2021年9月30日，已建成3所。', '3所', true],
  ['计划年内建成30个，现已完成18个，预计年底全部完成。', '18个', true],
  ['已完成农村公路建设81.661公里', '81.661公里', false],
  ['截至9月底已为1.32万名老人完成体检。', '1.32万名', false],
  ['推进老旧小区改造项目建设，目前已完工23个，在建10个。', '23个', false],
  ['分别在社区、小区完成12个。', '12个', false],
  // seed: the sub-count names what its total names.
  ['累计为75个旧楼加装电梯项目核发建设工程规划许可证，其中15个已完工。', '15个', false],
  // One place is not stripped (社区, 市区域… look alike): the total, not the part, names nothing.
  ['全市完成36个，其中A区12个、B区9个。', '36个', true],
  ['全市完成36个，其中A区12个、B区9个。', '12个', false],
];

describe('nameless figures', () => {
  it.each(TABLE)('"%s": %s → %s', (text, figure, nameless) => {
    const found = readProgress(text).figures.find((f) => f.text === figure);
    expect(found?.nameless).toBe(nameless);
  });
});
