/** The commands that work on the database: import a table, then export it, from the shell. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/core/plan-document.ts';
import { buildPlanDocument, readPlanText } from '../../src/core/read-plan.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'minsheng-db-'));
const db = `sqlite:${join(dir, 'minsheng.db')}`;
const SAMPLE = 'samples/shiyi-2024-jan-sep.txt';

describe('minsheng import and export against a database', () => {
  it('imports a table, then exports the same plan document and the Word table', async () => {
    expect(runCli(['import', SAMPLE, '--db', db]).code).toBe(0);
    const exported = runCli(['export', '--format', 'json', '--db', db]);
    expect(exported.code).toBe(0);
    const fromDb = JSON.parse(exported.stdout) as PlanDocument;
    const fromFile = buildPlanDocument(readPlanText(readFileSync(SAMPLE, 'utf8')));
    expect(fromDb.items.map((i) => [i.no, i.assessment.status])).toEqual(
      fromFile.items.map((i) => [i.no, i.assessment.status]),
    );
    const out = join(dir, 'table.docx');
    expect(runCli(['export', '--format', 'docx', '-o', out, '--db', db]).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('（共12项）');
  });

  it('refuses a second import of the same period with exit 1 and a reason', () => {
    const again = runCli(['import', SAMPLE, '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Error: /);
  });
});
