/** `minsheng extract`: JSON Lines in and out, one output line per input line. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('minsheng extract', () => {
  it('answers each line with indicators, status label and assessment', () => {
    const input = [
      {
        id: 'a',
        task: '全市完成农村公路建设 150公里，危桥改造12座。',
        progress: '按进度完成。\n已完成农村公路建设81.661公里，危桥改造6座。',
        asOf: '2020-09-30',
      },
      { id: 7, task: '新建学校3所。', progress: '' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = runCli(['extract'], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      id: 'a',
      statusLabel: '按进度完成',
      assessment: { status: 'lagging', asOf: '2020-09-30' },
    });
    expect(lines[0].indicators).toEqual([
      expect.objectContaining({ kind: 'count', target: 150, unit: '公里', actual: 81.661 }),
      expect.objectContaining({
        kind: 'count',
        target: 12,
        unit: '座',
        actual: 6,
        completion: 0.5,
      }),
    ]);
    expect(lines[1]).toMatchObject({ id: 7, statusLabel: null });
    expect(lines[1].indicators[0]).toMatchObject({ target: 3, actual: null, completion: null });
  });

  it('answers a bad line with an error line and exits 1, without stopping', () => {
    const { code, stdout } = runCli(
      ['extract'],
      '{"id":1}\nnot json\n{"id":2,"task":"新建学校3所。"}\n',
    );
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 1, error: { messageEn: expect.stringMatching(/task/) } });
    expect(lines[1]).toMatchObject({ id: null });
    expect(lines[2]).toMatchObject({ id: 2 });
  });
});
