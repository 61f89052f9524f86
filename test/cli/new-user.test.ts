/**
 * What a new user tripped on (issue 12, item 9), as they met it: the README's own commands, a
 * circular against the wrong table, `check --as-of` and `--lang en`, and a period opened through
 * the API that lost its label in the exports. The refusal of a mistyped unit is in
 * security.test.ts; the OpenAPI CSRF header in test/server/openapi.test.ts; `?period=1-9月` in
 * test/server/faults.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, startApi } from '../server/harness.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'minsheng-new-user-'));
const JUN = 'samples/shiyi-2024-jan-jun.txt';
const SEP = 'samples/shiyi-2024-jan-sep.txt';

async function wordText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
}

describe("the README's account commands work as written", () => {
  const db = `sqlite:${join(dir, 'readme.db')}`;
  // `echo -n 'PASSWORD' | npx minsheng user …` lines of the command-line section.
  const examples = [
    ...readFileSync('README.md', 'utf8').matchAll(
      /^echo -n '([^']+)' \| npx minsheng (user (?:add|passwd) .+)$/gm,
    ),
  ].map(([, password, command]) => ({
    password: password ?? '',
    // "[--no-change-required]" shows an option: run without it.
    args: (command ?? '').replace(/\s*\[[^\]]*\]/g, '').split(/\s+/),
  }));

  beforeAll(() => {
    expect(runCli(['import', JUN, '--db', db]).code).toBe(0);
  });

  it('adds the user, then changes the password, with the passwords the README shows', () => {
    expect(examples.map((e) => e.args[1])).toEqual(['add', 'passwd']);
    for (const { password, args } of examples) {
      const { code, stderr } = runCli([...args, '--db', db], password);
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
  });
});

describe('circular --previous takes the same plan’s earlier period only', () => {
  const out = join(dir, 'circular.docx');
  const variant = (name: string, from: string, to: string) => {
    const path = join(dir, name);
    writeFileSync(path, readFileSync(JUN, 'utf8').replace(from, to));
    return path;
  };

  it.each([
    [
      'another city',
      variant('city.txt', '示例市2024年', '沙湾县2024年'),
      '--previous 的表格是沙湾县的，本期是示例市的',
      'the --previous table is of 沙湾县, this one of 示例市',
    ],
    [
      'another year',
      variant('year.txt', '示例市2024年', '示例市2023年'),
      '--previous 的表格是2023年的，本期是2024年的',
      'the --previous table is of 2023, this one of 2024',
    ],
    [
      'a period not before this one',
      SEP,
      '--previous 的表格截至2024-09-30，不早于本期',
      'the --previous table runs to 2024-09-30, not before this one',
    ],
  ])('refuses a table of %s with the reason (exit 1)', (_, previous, zh, en) => {
    const { code, stderr } = runCli(['circular', SEP, '--previous', previous, '-o', out]);
    expect(code).toBe(1);
    expect(stderr).toContain(`错误：${zh}`);
    expect(stderr).toContain(`Error: ${en}`);
  });

  it('compares with the earlier period of the same plan', async () => {
    expect(runCli(['circular', SEP, '--previous', JUN, '-o', out]).code).toBe(0);
    expect(await wordText(readFileSync(out))).toContain('与上期相比');
  });
});

describe('minsheng check', () => {
  it('--as-of names the date it judges at, beside the table’s own cut-off', () => {
    const zh = runCli(['check', JUN, '--as-of', '2024-09-30']).stdout.split('\n')[1];
    expect(zh).toContain('报告期 1-6月（截至 2024-06-30）');
    expect(zh).toContain('评估日期 2024-09-30');
    const en = runCli(['check', JUN, '--as-of', '2024-09-30', '--lang', 'en']).stdout;
    expect(en.split('\n')[1]).toContain('assessed at 2024-09-30');
    // Without --as-of the cut-off is the date judged at: said once.
    expect(runCli(['check', JUN]).stdout).not.toContain('评估日期');
  });

  describe('--lang en', () => {
    const { stdout } = runCli(['check', JUN, '--lang', 'en']);
    const lines = stdout.split('\n');

    it('shows no raw code such as severely_lagging or on_schedule', () => {
      expect(stdout).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      expect(stdout).toContain('Reported "on schedule", but');
      expect(stdout).toContain('of the time elapsed: severely lagging');
    });

    it('puts no Chinese punctuation in its own words (the table’s text stays as written)', () => {
      // Chinese punctuation next to Latin letters is ours; between Chinese words it is the table's.
      expect(stdout).not.toMatch(/[A-Za-z)][：，、（）。]|[：，、（）。][A-Za-z(]/);
      expect(lines.find((l) => l.startsWith('Summary'))).toMatch(/^Summary: /);
      expect(lines).toContain('一. 提升基层医疗服务能力');
    });

    it('gives each forecast in its indicator’s unit', () => {
      const forecasts = lines.filter((l) => l.includes('year-end at this pace'));
      expect(forecasts.length).toBeGreaterThan(3);
      for (const line of forecasts) {
        const [, unit, forecastUnit] =
          /[\d.]+\/[\d.]+(\S+) = [\d.]+%, year-end at this pace ≈ [\d.]+(\S+)$/.exec(line) ?? [];
        expect(unit, line).toBeTruthy();
        expect(forecastUnit, line).toBe(unit);
      }
    });
  });
});

describe('a period opened through the API keeps its label in what is exported', () => {
  let api: Api;
  let periodId: number;
  beforeAll(async () => {
    api = await startApi('sqlite');
    const created = await api.call('admin', 'POST', `/api/plans/${api.planId}/periods`, {
      label: '1-10月',
      start: '2024-01-01',
      end: '2024-10-31',
    });
    expect(created.status).toBe(201);
    periodId = created.json().id;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('titles the plan document and the summary table with the period', async () => {
    const doc = await api.call(
      'admin',
      'GET',
      `/api/plans/${api.planId}/export.json?period=${periodId}`,
    );
    expect(doc.json().plan.title).toBe('示例市2024年十件民生实事1-10月进展情况汇总表');
    const table = await api.app.inject({
      method: 'GET',
      url: `/api/plans/${api.planId}/table.docx?period=${periodId}`,
      headers: { cookie: api.sessions.admin.cookie },
    });
    expect(await wordText(table.rawPayload)).toContain(
      '示例市2024年十件民生实事1-10月进展情况汇总表',
    );
  });

  it('titles the circular with the period, and still compares with the period before', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/plans/${api.planId}/circular.docx?period=${periodId}`,
      headers: { cookie: api.sessions.admin.cookie },
    });
    expect(response.statusCode).toBe(200);
    const text = await wordText(response.rawPayload);
    expect(text).toContain('关于示例市2024年十件民生实事1-10月进展情况的通报');
    expect(text).toContain('截至10月底');
  });
});
