/**
 * Tables written the way other places write them (BRIEF "Other places write differently"):
 * figures in columns with the unit in the item name, a pipe table with a "其中" sub-row, a prose
 * report, half-width punctuation. Fictional, written for the project in those styles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/core/plan-document.ts';
import { buildPlanDocument, readPlanText } from '../src/core/read-plan.ts';

const read = (name: string): PlanDocument =>
  buildPlanDocument(readPlanText(readFileSync(`test/fixtures/other-cities/${name}`, 'utf8')));
const figures = (doc: PlanDocument, no: string) =>
  doc.items
    .find((i) => i.no === no)
    ?.indicators.map((i) => [i.what, i.target, i.unit, i.actual, i.reportedPercent]);

describe('a pipe table with figures in columns', () => {
  const doc = read('pipe-figures.txt');

  it('reads targets, actuals and printed rates from their columns, the unit from the item name', () => {
    expect(doc.plan.period?.end).toBe('2021-09-30');
    expect(doc.items.map((i) => i.no)).toEqual(['1', '2', '3', '4']);
    expect(figures(doc, '2')).toEqual([['农村危房改造', 1200, '户', 980, 81.7]]);
    expect(figures(doc, '3')).toEqual([['城镇新增就业', 15000, '人', 13800, 92]]);
  });

  it('folds a "其中" sub-row into the item above as a second indicator', () => {
    expect(figures(doc, '1')).toEqual([
      ['新建农村公路', 200, '公里', 156.3, 78.2],
      ['危桥改造', 12, '座', 6, 50],
    ]);
    expect(doc.items.find((i) => i.no === '1')?.assessment).toMatchObject({
      status: 'lagging',
      decidedBy: '危桥改造',
    });
  });

  it('does not warn of a missing category when the table has no category column', () => {
    expect(doc.warnings).toEqual([]);
  });
});

describe('a prose report', () => {
  const doc = read('prose-report.txt');

  it('reads numbered items under category headings, progress from the paragraphs below', () => {
    expect(doc.plan.period).toMatchObject({ label: '前三季度', end: '2022-09-30' });
    expect(doc.items.map((i) => [i.no, i.category, i.leadUnit])).toEqual([
      ['1', '教育', '区教育局'],
      ['2', '教育', '区教育局'],
      ['3', '养老', '区民政局'],
      ['4', '养老', '区人社局'],
    ]);
    expect(figures(doc, '3')).toEqual([['新建社区食堂', 30, '个', 18, null]]);
    expect(doc.items.find((i) => i.no === '2')?.report?.statusClaim).toBe('lagging');
  });
});

describe('a table typed with half-width punctuation', () => {
  const doc = read('half-width.txt');

  it('reads labels, lead units and figures as with full-width punctuation', () => {
    expect(doc.items.map((i) => [i.no, i.category, i.leadUnit, i.report?.statusLabel])).toEqual([
      ['1', '交通', '市交通局', '按序时推进'],
      ['2', '交通', '市住建局', '进度滞后'],
      ['3', '就业', '市人社局', '顺利推进'],
    ]);
    expect(figures(doc, '1')).toEqual([
      ['新建农村公路', 150, '公里', 60, null],
      ['改造危桥', 12, '座', 5, null],
    ]);
  });

  it('finds the discrepancy, but not for the unit that reports its own delay', () => {
    expect(doc.items.filter((i) => i.discrepancy).map((i) => i.no)).toEqual(['1']);
  });

  it('judges a lower-is-better target as met while under the cap', () => {
    const unemployment = doc.items.find((i) => i.no === '3')?.indicators[0];
    expect(unemployment).toMatchObject({
      direction: 'at_most',
      target: 5.5,
      actual: 5.1,
      status: 'completed',
    });
  });
});

describe('a table flattened one cell per paragraph (no TABs, nothing marking cell ends)', () => {
  /** The same table without its TABs: every cell's lines one after another. */
  const asParagraphs = (text: string) =>
    text
      .split('\n')
      .map((line) => line.replace(/^[ \t]+/, ''))
      .filter((line) => line.trim())
      .join('\n');

  it.each(['samples/shiyi-2024-jan-jun.txt', '../shared/seed/jiangmen-2020-jan-sep.txt'])(
    '%s reads to the same items, people, reports and indicators',
    (path) => {
      const text = readFileSync(path, 'utf8');
      const tabbed = buildPlanDocument(readPlanText(text));
      const paragraphs = buildPlanDocument(readPlanText(asParagraphs(text)));
      const substance = (doc: PlanDocument) =>
        doc.items.map(({ no, task, leadUnit, leaders, responsibilities, report, indicators }) => ({
          no,
          task,
          leadUnit,
          leaders,
          responsibilities,
          text: report?.text,
          indicators,
        }));
      expect(substance(paragraphs)).toEqual(substance(tabbed));
      expect(paragraphs.plan).toEqual(tabbed.plan);
    },
  );
});
