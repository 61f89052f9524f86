import { describe, expect, it } from 'vitest';
import { fieldsOf, isCategoryLine, listSegments, numberedItem } from './prose-lines.ts';

describe('lines of a prose report', () => {
  it.each([
    ['1. 新建公办幼儿园4所', { no: '1', text: '新建公办幼儿园4所' }],
    ['2*. 改造雨污管网18公里', { no: '2*', text: '改造雨污管网18公里' }],
    ['（三）新增城区停车位1000个', { no: '三', text: '新增城区停车位1000个' }],
    [
      '一、撤并村通硬化路1800个（2021—2025年）',
      { no: '一', text: '撤并村通硬化路1800个（2021—2025年）' },
    ],
    ['一、教育', null],
    ['2020年，县政府确定的十件民生实事共13项任务', null],
  ])('%s is item %j', (line, item) => {
    expect(numberedItem(line)).toEqual(item);
  });

  it.each([
    ['一、教育', true],
    ['二、民生保障类', true],
    ['一、新建城市书房8个', false],
  ])('%s is a group heading: %s', (line, heading) => {
    expect(isCategoryLine(line)).toBe(heading);
  });

  it('splits a 一是…二是… list into its items', () => {
    expect(
      listSegments('具体如下：一是新建饮水工程12处，已完工9处；二是改造户厕5000户，已完成4100户。'),
    ).toEqual(['新建饮水工程12处，已完工9处', '改造户厕5000户，已完成4100户']);
    expect(listSegments('一是加强领导。')).toBeNull();
  });

  it('reads a line of labelled fields', () => {
    expect(
      fieldsOf(
        '牵头领导：王某某　责任单位：市公安局　项目责任人：李某某　配合单位：市财政局、市城管局',
      ),
    ).toEqual({
      leaders: ['王某某'],
      units: ['市公安局', '市财政局', '市城管局'],
      persons: ['李某某'],
    });
    expect(fieldsOf('已安装采集设备168套，责任单位：市公安局。')).toBeNull();
  });
});
