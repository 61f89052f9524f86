/**
 * 200 units submitting in the same second, over real HTTP on loopback, on both engines: every
 * report is stored and submitted, no request fails with a 5xx, and no item gets two reports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import type { ZodApp } from '../../src/server/http/zod-app.ts';
import { createTestDb, ENGINES, type TestDb } from '../factories/db.ts';
import { manyUnits, type UnitSession } from '../factories/many-units.ts';

const UNITS = 200;

describe.each(ENGINES)(`${UNITS} units submitting at once on %s`, (engine) => {
  let t: TestDb;
  let app: ZodApp;
  let url: string;
  let dataDir: string;
  let periodId: number;
  let units: UnitSession[];

  beforeAll(async () => {
    t = await createTestDb(engine);
    ({ periodId, units } = await manyUnits(t, UNITS));
    dataDir = mkdtempSync(join(tmpdir(), 'minsheng-load-'));
    app = await buildApp({ store: t, docs: false, webRoot: null, dataDir });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await t?.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const send = async (unit: UnitSession, path: string, body: object) => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: unit.cookie,
        'x-csrf-token': unit.csrf,
      },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { id: number; version: number },
    };
  };

  it('stores every report once and submits it, with no 5xx', async () => {
    const results = await Promise.all(
      units.map(async (unit, i) => {
        const created = await send(unit, '/api/reports', {
          itemId: unit.itemId,
          periodId,
          statusLabel: '按进度完成',
          points: [`已建成社区服务站${i + 5}个。`],
          // The figures trail the time line, so the label needs the unit's word on why.
          explanation: '其余站点已完工，待验收后计入。',
        });
        if (created.status !== 201) return [created.status];
        const submitted = await send(unit, `/api/reports/${created.body.id}/submit`, {
          version: created.body.version,
        });
        return [created.status, submitted.status];
      }),
    );
    expect(results.flat().filter((status) => status >= 500)).toEqual([]);
    expect(results).toEqual(units.map(() => [201, 200]));
    const stored = await t.db
      .selectFrom('reports')
      .select(['item_id', 'state'])
      .where('period_id', '=', periodId)
      .execute();
    expect(stored).toHaveLength(UNITS);
    expect(new Set(stored.map((r) => r.item_id)).size).toBe(UNITS);
    expect(stored.every((r) => r.state === 'submitted')).toBe(true);
  });
});
