import { describe, expect, it } from 'vitest';
import { toSimplified } from './traditional.ts';

describe('traditional characters', () => {
  it.each([
    ['民生實事進展情況', '民生实事进展情况'],
    ['城鎮新增就業1.2萬人，完成率87.5%', '城镇新增就业1.2万人，完成率87.5%'],
    ['完成投資8.5億元', '完成投资8.5亿元'],
    ['責任單位：縣婦聯', '责任单位：县妇联'],
    ['36個(gè)事項(xiàng)', '36个事项'],
    ['新建充電樁3000個', '新建充电桩3000个'],
    ['區住建局', '区住建局'],
  ])('%s reads as %s', (traditional, simplified) => {
    expect(toSimplified(traditional).text).toBe(simplified);
  });

  it('leaves simplified text as it is, names and all', () => {
    const text = '著名的乾县于某某：已建成12个，完成率60%。';
    expect(toSimplified(text)).toEqual({ text, changed: 0 });
  });
});
