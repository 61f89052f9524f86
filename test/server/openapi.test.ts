/** The OpenAPI document declares the CSRF header and requires it on writes, so "try it out" can write. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, startApi } from './harness.ts';

describe('the OpenAPI document', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi('sqlite', { docs: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('declares X-CSRF-Token and requires it on every write, not on reads', async () => {
    const doc = (await api.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.components.securitySchemes.csrf).toEqual({
      type: 'apiKey',
      in: 'header',
      name: 'X-CSRF-Token',
    });
    const operations = Object.values(doc.paths).flatMap((path) =>
      Object.entries(path as Record<string, { security?: unknown }>),
    );
    const writes = operations.filter(([method]) =>
      ['post', 'put', 'patch', 'delete'].includes(method),
    );
    expect(writes.length).toBeGreaterThan(5);
    for (const [, operation] of writes)
      expect(operation.security).toEqual([{ session: [], csrf: [] }]);
    for (const [method, operation] of operations)
      if (method === 'get') expect(operation.security).toBeUndefined();
  });
});
