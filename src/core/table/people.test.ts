import { describe, expect, it } from 'vitest';
import { leadUnitInTask, normaliseName, pairResponsibilities, splitList } from './people.ts';

describe('people and units', () => {
  it('joins names padded with spaces, keeps other words apart', () => {
    expect(normaliseName('张  璐')).toBe('张璐');
    expect(normaliseName('刘\u3000兵')).toBe('刘兵');
    expect(normaliseName('John Smith')).toBe('John Smith');
  });

  it('splits lists by line and by 、，; but not inside brackets', () => {
    expect(splitList('市民政局、市财政局\n各市（区、县）政府')).toEqual([
      '市民政局',
      '市财政局',
      '各市（区、县）政府',
    ]);
    expect(splitList('市民政局,市财政局;团市委')).toEqual(['市民政局', '市财政局', '团市委']);
  });

  it('pairs units with persons in order, and says when the counts differ', () => {
    expect(pairResponsibilities('市民政局\n各市（区）政府', '谢鸿猷\n各市（区）长')).toEqual({
      responsibilities: [
        { unit: '市民政局', person: '谢鸿猷' },
        { unit: '各市（区）政府', person: '各市（区）长' },
      ],
      paired: true,
    });
    expect(pairResponsibilities('市民政局\n市财政局', '谢鸿猷').paired).toBe(false);
  });

  it('finds the lead unit inside the task text, full- or half-width', () => {
    expect(leadUnitInTask('……保障妇女健康。（牵头单位：市卫生健康局）')).toBe('市卫生健康局');
    expect(leadUnitInTask('……(牵头单位:市教育局、市财政局)')).toBe('市教育局');
    expect(leadUnitInTask('新建学校3所。牵头部门：县教育局')).toBe('县教育局');
    expect(leadUnitInTask('新建学校3所。')).toBeNull();
  });
});
