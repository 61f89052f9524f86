/**
 * Supervision figures, each as a ratio to a bare baseline measured in the same run:
 * - one round of due work for 200 units (issue their notices, enqueue and deliver their
 *   reminders; e-mail off) against 400 bare single-row inserts in one transaction;
 * - the idempotent second round (everything already done) against the same baseline;
 * - a 12-megapixel photo upload's processing (type check, EXIF strip, thumbnail) against one
 *   bare decode and re-encode by sharp.
 * `node --import tsx bench/supervision.ts` or `benchSupervision()` from bench/run.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { cleanPhoto } from '../src/documents/evidence/clean-photo.ts';
import { inspectEvidence } from '../src/documents/evidence/inspect-evidence.ts';
import { personalDataCipher } from '../src/server/crypto/personal-data.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { runDueWork } from '../src/server/jobs/due-work.ts';
import { manyUnits } from '../test/factories/many-units.ts';
import { median } from './timing.ts';

const UNITS = 200;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function dueWork(): Promise<{ first: number; again: number; bare: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'minsheng-bench-'));
  const store = openDatabase({ url: join(dir, 'bench.db') });
  try {
    await migrateToLatest(store);
    const { periodId } = await manyUnits(store, UNITS);
    await store.db
      .updateTable('periods')
      .set({ due_date: '2024-11-10' })
      .where('id', '=', periodId)
      .execute();
    const deps = {
      store,
      clock: { now: () => new Date('2024-11-09T01:00:00Z') },
      personalData: personalDataCipher(randomBytes(32)),
      mailer: () => null,
    };
    const first = await timed(() => runDueWork(deps));
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push(await timed(() => runDueWork(deps)));
    const again = median(runs);
    await sql`create table bench_rows (id integer primary key, unit integer, event text)`.execute(
      store.db,
    );
    const bare = await timed(() =>
      store.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 2 * UNITS; i++)
          await trx
            .insertInto('bench_rows' as 'units')
            .values({ id: i, unit: i, event: 'due' } as never)
            .execute();
      }),
    );
    return { first, again, bare };
  } finally {
    await store.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function photo(): Promise<{ processed: number; bare: number }> {
  const bytes = await sharp({
    create: { width: 4000, height: 3000, channels: 3, background: '#6a8' },
  })
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: 'Bench', Model: 'Camera' } })
    .toBuffer();
  const processed: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 3; i++) {
    bare.push(await timed(() => sharp(bytes).jpeg({ quality: 90 }).toBuffer()));
    processed.push(
      await timed(async () => cleanPhoto(bytes, (await inspectEvidence(bytes, 'p.jpg')).mediaType)),
    );
  }
  return { processed: median(processed), bare: median(bare) };
}

export async function benchSupervision(): Promise<void> {
  const work = await dueWork();
  const image = await photo();
  const ratio = (a: number, b: number) => `×${(a / b).toFixed(1)}`;
  console.log('\nSupervision (SQLite, temporary file)');
  console.log(
    `  due work, ${UNITS} units (notices + reminders issued): ${work.first.toFixed(0)} ms  ${ratio(work.first, work.bare)} ${2 * UNITS} bare inserts (${work.bare.toFixed(0)} ms)`,
  );
  console.log(
    `  due work again (nothing new, idempotent):     ${work.again.toFixed(0)} ms  ${ratio(work.again, work.bare)} the same baseline`,
  );
  console.log(
    `  12 MP photo: check, strip EXIF, thumbnail:    ${image.processed.toFixed(0)} ms  ${ratio(image.processed, image.bare)} one bare sharp re-encode (${image.bare.toFixed(0)} ms)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSupervision();
