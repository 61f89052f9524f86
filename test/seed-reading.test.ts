/**
 * The reference table read end to end and compared, item by item, with the careful reading in
 * ../shared/seed/*.truth.json.
 */
import { expect, it } from 'vitest';
import { buildPlanDocument } from '../src/core/read-plan.ts';
import { describeSeed, readSeedReading, readTruth } from './seed.ts';

const truth = readTruth();
const reading = readSeedReading();
const doc = buildPlanDocument(reading);

describeSeed('reading the reference table', () => {
  it('reads the heading: title, year, declared count and period', () => {
    expect(doc.plan.title).toBe('2020年市十件民生实事1-9月进展情况汇总表');
    expect(doc.plan.year).toBe(truth.year);
    expect(doc.plan.declaredItemCount).toBe(21);
    expect(doc.plan.period).toEqual({ label: '1-9月', start: '2020-01-01', end: '2020-09-30' });
  });

  it('finds items 1–21 in order', () => {
    expect(doc.items.map((i) => i.no)).toEqual(truth.items.map((i) => i.no));
  });

  it.each(truth.items.map((t) => [t.no, t] as const))(
    'item %s: category, people, units, label',
    (no, t) => {
      const item = doc.items.find((i) => i.no === no);
      expect(item).toBeDefined();
      if (!item) return;
      expect(item.category).toBe(t.category);
      expect(item.task).toBe(t.task_text);
      expect(item.leadUnit).toBe(t.lead_unit);
      expect(item.leaders).toEqual([t.leader]);
      expect(item.responsibilities).toEqual(
        t.units.map((unit, i) => ({ unit, person: t.persons[i] })),
      );
      expect(item.report?.statusLabel ?? null).toBe(t.status_label);
      expect(item.report?.text).toBe(t.progress_text);
    },
  );

  it('merges the page-break continuation into item 21 with points (1)–(8)', () => {
    const item21 = doc.items.find((i) => i.no === '21');
    expect(item21?.report?.points).toHaveLength(8);
    expect(item21?.report?.points[4]).toMatch(/^开展违法建设治理攻坚工作/);
  });

  it('warns about items 19–21: missing category, inferred numbers, continuation', () => {
    const codes = doc.warnings.map((w) => `${w.code}:${w.item}`);
    expect(codes).toContain('category_missing:19');
    expect(codes).toContain('number_inferred:20');
    expect(codes).toContain('number_inferred:21');
    expect(codes).toContain('row_continued:21');
    expect(codes).not.toContain('item_count_mismatch:null');
  });
});
