import { describe, expect, it } from 'vitest';
import { roleOfHeader } from './columns.ts';
import { readUnitPersonPairs } from './people.ts';

describe('a combined unit and person column', () => {
  it.each(['牵头单位及主要负责人', '责任单位（责任人）', '责任单位及责任人', '责任单位/责任人'])(
    '%s names units with their persons',
    (name) => {
      expect(roleOfHeader(name)).toBe('unitsPersons');
    },
  );

  it.each([
    [
      '县住建局\n张某某\n县生态环境局\n黄某某',
      [
        ['县住建局', '张某某'],
        ['县生态环境局', '黄某某'],
      ],
    ],
    ['区民政局（陈某某）', [['区民政局', '陈某某']]],
    [
      '区园林局（郑某某）、区交通局（孙某某）',
      [
        ['区园林局', '郑某某'],
        ['区交通局', '孙某某'],
      ],
    ],
    [
      '市住建局（李某某）；市财政局（孙某某）',
      [
        ['市住建局', '李某某'],
        ['市财政局', '孙某某'],
      ],
    ],
    ['市民政局 王某某', [['市民政局', '王某某']]],
    ['各市（区）政府\n各市（区）长', [['各市（区）政府', '各市（区）长']]],
    ['县教育局', [['县教育局', null]]],
  ])('%j', (cell, pairs) => {
    expect(readUnitPersonPairs(cell).map((r) => [r.unit, r.person])).toEqual(pairs);
  });
});
