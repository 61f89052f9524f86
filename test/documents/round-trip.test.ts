/**
 * What Minsheng exports it imports back unchanged: the reference plan through .docx, .xlsx,
 * CSV and JSON gives the same items, responsibilities, indicators and reports.
 */
import { describe, expect, it } from 'vitest';
import { readPlanBytes } from '../../src/cli/load-plan.ts';
import type { PlanDocument } from '../../src/core/plan-document.ts';
import { buildPlanDocument, readPlanText } from '../../src/core/read-plan.ts';
import { renderPlan } from '../../src/documents/export/render-plan.ts';
import { hasSeed, readSeedTable } from '../seed.ts';

/** The reference table, judged; read only by the tests, which run only where it exists. */
const readOriginal = () => buildPlanDocument(readPlanText(readSeedTable()));

/** What a round trip must keep; warnings about the source's layout are the source's own. */
function substance(doc: PlanDocument) {
  return {
    plan: { ...doc.plan },
    categories: doc.categories,
    items: doc.items.map(({ report, ...item }) => ({
      ...item,
      report: report && {
        statusLabel: report.statusLabel,
        points: report.points,
        text: report.text.replace(/\n+/g, '\n'),
      },
    })),
  };
}

describe.runIf(hasSeed()).each(['docx', 'xlsx', 'csv', 'json'] as const)(
  'round trip through %s',
  (format) => {
    it('gives back the same plan', async () => {
      const original = readOriginal();
      const bytes = await renderPlan(original, format, { attachmentLabel: '附件4' });
      const back = buildPlanDocument(await readPlanBytes(bytes));
      const a = substance(original);
      const b = substance(back);
      expect(b.plan).toEqual(a.plan);
      expect(b.categories).toEqual(a.categories);
      expect(b.items.map((i) => i.no)).toEqual(a.items.map((i) => i.no));
      for (const [i, item] of a.items.entries()) expect(b.items[i]).toEqual(item);
    });
  },
);
