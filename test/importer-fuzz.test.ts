/**
 * The importer never crashes or hangs: whatever text it gets, it returns a reading or throws a
 * TableError with a message in both languages.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { TableError } from '../src/core/errors.ts';
import { buildPlanDocument, readPlanText } from '../src/core/read-plan.ts';
import { describeSeed, readSeedTable } from './seed.ts';

function readsOrRefuses(text: string): boolean {
  try {
    const doc = buildPlanDocument(readPlanText(text, { fallbackYear: 2020 }));
    return Array.isArray(doc.items);
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    return error.message.length > 0 && error.messageEn.length > 0;
  }
}

const seedLines = readSeedTable().split('\n');
const tableAlphabet = fc.constantFrom(
  '\t',
  '\n',
  ' ',
  '、',
  '（',
  '）',
  '。',
  '%',
  '万',
  '1',
  '9',
  '.',
  '-',
  '：',
  '序号',
  '工作任务',
  '进展情况',
  '责任单位',
  '已完成',
  '按进度完成',
  '（1）',
  '公里',
  '个',
  '截至9月底',
);

describeSeed('importer robustness', () => {
  it('survives random text built from table-like pieces', () => {
    fc.assert(
      fc.property(fc.array(tableAlphabet, { maxLength: 400 }), (parts) =>
        readsOrRefuses(parts.join('')),
      ),
      { numRuns: 300 },
    );
  });

  it('survives any unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), readsOrRefuses), {
      numRuns: 300,
    });
  });

  it('survives the reference table with lines deleted, duplicated and swapped', () => {
    const edit = fc.record({
      kind: fc.constantFrom('delete', 'duplicate', 'swap', 'tab', 'blank'),
      at: fc.nat({ max: seedLines.length - 1 }),
      to: fc.nat({ max: seedLines.length - 1 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const lines = [...seedLines];
        for (const { kind, at, to } of edits) {
          const line = lines[at] ?? '';
          if (kind === 'delete') lines.splice(at, 1);
          if (kind === 'duplicate') lines.splice(at, 0, line);
          if (kind === 'swap') [lines[at], lines[to]] = [lines[to] ?? '', line];
          if (kind === 'tab') lines[at] = `\t${line}`;
          if (kind === 'blank') lines.splice(at, 0, '');
        }
        return readsOrRefuses(lines.join('\n'));
      }),
      { numRuns: 150 },
    );
  });

  it('reads long pathological lines in bounded time (no regex backtracking blow-up)', () => {
    const long = [
      `\t工作任务\n\t进展情况\n\n\t${'新建'.repeat(20000)}\n\t${'1、'.repeat(20000)}`,
      `\t序号\n\t工作任务\n\t进展情况\n\n\t1\n\t${'完成'.repeat(30000)}\n\t${'（'.repeat(30000)}`,
      `\t序号\n\t工作任务\n\t进展情况\n\n\t1\n\t${'123.'.repeat(20000)}万公里\n\t已完成${'9,'.repeat(20000)}`,
      `\t序号\n\t工作任务\n\t进展情况\n\n\t1\n\t${'65%('.repeat(15000)}\n\t${'65%('.repeat(15000)}`,
    ];
    for (const text of long) expect(readsOrRefuses(text)).toBe(true);
  });

  it('reads a 60,000-character cell full of figures in bounded time, and says it read only the start', () => {
    const figures = Array.from({ length: 6000 }, (_, i) => `新建${i}个`).join('，');
    const reading = readPlanText(
      `\t序号\n\t工作任务\n\t进展情况\n\n\t1\n\t${figures}\n\t已完成${figures}`,
    );
    expect(reading.warnings.map((w) => w.code)).toContain('text_truncated');
  });

  it('reads the reference table unchanged', () => {
    expect(readPlanText(seedLines.join('\n')).items).toHaveLength(21);
  });
});
