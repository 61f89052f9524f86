/**
 * A running Minsheng for browser tests: a fresh database on one engine with the demo plan (as
 * `npm start` loads it), the harness's accounts, the built office app, listening on a random port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/server/app.ts';
import type { Engine } from '../../src/server/db/database.ts';
import { loadDemoIfEmpty } from '../../src/server/demo/load-demo.ts';
import type { ZodApp } from '../../src/server/http/zod-app.ts';
import { addUser } from '../../src/server/services/user.service.ts';
import { createTestDb, type TestDb } from '../factories/db.ts';
import { ACCOUNTS, PASSWORD } from '../server/harness.ts';

export interface Site {
  url: string;
  t: TestDb;
  app: ZodApp;
  close: () => Promise<void>;
}

export async function startSite(engine: Engine = 'sqlite'): Promise<Site> {
  const t = await createTestDb(engine);
  await loadDemoIfEmpty(t);
  for (const [name, account] of Object.entries(ACCOUNTS))
    await addUser(t.db, { name, password: PASSWORD, mustChangePassword: false, ...account });
  const dataDir = mkdtempSync(join(tmpdir(), 'minsheng-site-'));
  const app = await buildApp({ store: t, loginRateLimit: 1000, docs: false, dataDir });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    t,
    app,
    close: async () => {
      await app.close();
      await t.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
