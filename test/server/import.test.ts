import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanText } from '../../src/core/read-plan.ts';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { importReading } from '../../src/server/services/import.service.ts';
import { countRows, createTestDb, ENGINES, type TestDb } from '../factories/db.ts';

const jun = readPlanText(readFileSync('samples/shiyi-2024-jan-jun.txt', 'utf8'));
const sep = readPlanText(readFileSync('samples/shiyi-2024-jan-sep.txt', 'utf8'));

describe.each(ENGINES)('import on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('dry run reports what would change and keeps nothing', async () => {
    const before = await countRows(t);
    const summary = await importReading(t.db, jun, { actor: SYSTEM, dryRun: true });
    expect(summary).toMatchObject({
      dryRun: true,
      plan: { id: null, created: true },
      items: { created: 12, matched: 0 },
      reports: { created: 12 },
    });
    expect(await countRows(t)).toEqual(before);
  });

  it('imports two periods of the same table into one plan', async () => {
    const first = await importReading(t.db, jun, { actor: SYSTEM });
    expect(first.plan).toMatchObject({
      created: true,
      title: '示例市2024年十件民生实事',
      jurisdiction: '示例市',
    });
    const second = await importReading(t.db, sep, { actor: SYSTEM });
    expect(second.plan).toMatchObject({ id: first.plan.id, created: false });
    expect(second.items).toEqual({ created: 0, matched: 12 });
    const counts = await countRows(t);
    expect(counts).toMatchObject({ plans: 1, periods: 2, items: 12, reports: 24 });
  });

  it('refuses the same period twice and changes nothing', async () => {
    const before = await countRows(t);
    await expect(importReading(t.db, sep, { actor: SYSTEM })).rejects.toMatchObject({
      code: 'period_already_imported',
    });
    expect(await countRows(t)).toEqual(before);
  });
});
