import { describe, expect, it } from 'vitest';
import { roleOfHeader } from './columns.ts';

describe('column names', () => {
  it.each([
    ['分管\n市领导', 'leaders'],
    ['序 号', 'no'],
    ['责任单位（牵头单位）', 'units'],
    ['完成情况（截至9月底）', 'progress'],
    ['推进情况及存在问题', 'progress'],
    ['项目名称及主要内容', 'task'],
    ['主要目标任务', 'task'],
    ['牵头单位及配合单位', 'units'],
    ['责任单位联系人', 'persons'],
    ['年度目标', 'target'],
    ['1-9月完成', 'actual'],
    ['完成率', 'percent'],
    ['完成时限', null],
    ['存在问题', null],
    ['备注', null],
  ])('%j → %s', (name, role) => {
    expect(roleOfHeader(name)).toBe(role);
  });
});
