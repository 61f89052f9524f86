/** `minsheng check` on the reference table, the sample and on garbage, end to end. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/core/plan-document.ts';
import { describeSeed, readSeedTable, SEED_TABLE } from '../seed.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'minsheng-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describeSeed('minsheng check on the reference table', () => {
  const { code, stdout } = runCli(['check', SEED_TABLE]);

  it('exits 0 and lists items 10, 13, 17 and 18 under discrepancies, first', () => {
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf('自报与数据不符'), stdout.indexOf('全部事项'));
    const numbers = [...section.matchAll(/^\S+ (?:滞后|严重滞后)\s+(\d+)/gm)].map((m) => m[1]);
    expect(numbers).toEqual(['10', '13', '17', '18']);
    expect(section).toContain('农村公路建设 81.661/150公里 = 54.4%');
    expect(section).toContain('危桥改造 6/12座 = 50%');
    expect(section).toContain('自报“按进度”');
  });

  it('shows the warnings for items 19–21', () => {
    expect(stdout).toContain('category_missing 第19、20、21项没有大类标题');
    expect(stdout).toContain('number_inferred 第367行没有序号，按顺序推定为第20项');
    expect(stdout).toContain('number_inferred 第376行没有序号，按顺序推定为第21项');
    expect(stdout).toContain('row_continued 第399行重复第21项的任务');
  });

  it('speaks English with --lang en', () => {
    const en = runCli(['check', SEED_TABLE, '--lang', 'en']);
    expect(en.stdout).toContain('Reported on schedule, figures disagree (4)');
    expect(en.stdout).toContain('Items 19, 20, 21 have no category title');
  });

  it('prints the plan document with --json, and --as-of moves the expectation', () => {
    const doc = JSON.parse(runCli(['check', SEED_TABLE, '--json']).stdout) as PlanDocument;
    expect(doc.schema).toBe('minsheng.plan/1');
    expect(doc.plan.asOf).toBe('2020-09-30');
    expect(doc.items).toHaveLength(21);
    const item13 = doc.items.find((i) => i.no === '13');
    expect(item13?.assessment).toMatchObject({ status: 'lagging', decidedBy: '危桥改造' });
    expect(item13?.discrepancy?.claim).toBe('on_schedule');
    const early = JSON.parse(
      runCli(['check', SEED_TABLE, '--json', '--as-of', '2020-06-30']).stdout,
    ) as PlanDocument;
    expect(early.plan.asOf).toBe('2020-06-30');
    expect(early.items.find((i) => i.no === '13')?.assessment.status).toBe('on_track');
  });
});

describe('minsheng check on the project sample', () => {
  it('finds its planted problems', () => {
    const { code, stdout } = runCli(['check', 'samples/shiyi-2024-jan-jun.txt']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/严重滞后\s+6/);
    for (const code of [
      'number_inferred',
      'row_continued',
      'category_missing',
      'jiezhi_misuse',
      'repeated_characters',
      'mixed_punctuation',
    ]) {
      expect(stdout).toContain(code);
    }
  });
});

describeSeed('minsheng check refuses garbage with exit 1 and a one-line reason', () => {
  const seed = readSeedTable();
  const shuffled = seed
    .split('\n')
    .map((line) => line)
    .join('\n')
    .replace(/\t大类\n\t序号\n\t工作任务/, '\t工作任务\n\t序号\n\t大类');
  it.each([
    [
      'a binary file',
      file('binary.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 255, 254])),
    ],
    ['an empty file', file('empty.txt', '')],
    ['a CSV file', file('table.csv', 'name,count\nroads,150\nbridges,12\n')],
    ['a table with shuffled columns', file('shuffled.txt', shuffled)],
    ['a missing file', join(dir, 'nope.txt')],
    [
      'a table with a column too many',
      file('extra.txt', seed.replace('\t1\n', '\t1\n\t多出的一列\n')),
    ],
  ])('%s', (_, path) => {
    const { code, stdout, stderr } = runCli(['check', path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^错误：.+ \/ Error: .+/);
  });

  it('names the line of the offending row', () => {
    const { stderr } = runCli([
      'check',
      file('extra2.txt', seed.replace('\t1\n', '\t1\n\t多出的一列\n')),
    ]);
    expect(stderr).toMatch(/第1\d行|line 1\d/);
  });

  it('exits 2 on wrong usage', () => {
    expect(runCli(['check']).code).toBe(2);
    expect(runCli(['check', SEED_TABLE, '--as-of', '2020-13-45']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
  });
});
