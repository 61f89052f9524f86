/**
 * The upload screen's preview is the dry run: it names every warning of the reading and the
 * units and leaders the import would add, keeps nothing, and the real import then does exactly
 * that. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanText } from '../../src/core/read-plan.ts';
import { countRows, ENGINES } from '../factories/db.ts';
import { uploadTable } from './fixtures.ts';
import { type Api, sample, startApi } from './harness.ts';

describe.each(ENGINES)('import preview on %s', (engine) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(engine);
  });
  afterAll(async () => {
    await api?.close();
  });
  const upload = (bytes: Buffer, query = '') => uploadTable(api, bytes, query);
  // Another city's table: the sample with its city, a unit and a leader renamed.
  const table = Buffer.from(
    sample('jun')
      .toString('utf8')
      .replaceAll('示例市', '样板市')
      .replaceAll('市供电局', '样板市供电公司')
      .replaceAll('刘慧芳', '黄建华'),
  );

  it('names every warning and every new unit and leader, keeping nothing', async () => {
    const before = await countRows(api.t);
    const preview = await upload(table, '?dryRun=true');
    expect(preview.status).toBe(200);
    const summary = preview.json();
    const reading = readPlanText(table.toString('utf8'));
    expect(summary.warningList).toEqual(reading.warnings);
    expect(summary.warnings).toBe(reading.warnings.length);
    expect(summary.units.names).toEqual(['样板市供电公司']);
    expect(summary.leaders.names).toEqual(['黄建华']);
    expect(summary.plan).toMatchObject({ id: null, created: true, jurisdiction: '样板市' });
    expect(await countRows(api.t)).toEqual(before);

    const imported = await upload(table);
    expect(imported.status).toBe(201);
    expect(imported.json()).toMatchObject({
      dryRun: false,
      units: summary.units,
      leaders: summary.leaders,
      items: summary.items,
      warningList: summary.warningList,
    });
  });
});
