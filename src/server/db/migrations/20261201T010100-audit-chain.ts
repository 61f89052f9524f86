/**
 * The audit log made tamper-evident: each event gets its place in the chain (`seq`), the hash of
 * the event before it and its own hash (see audit/chain.ts), and the client address where one is
 * known. A one-row table holds the chain's head, so appends serialise on its row lock and a
 * removed last event still shows. Triggers refuse UPDATE and DELETE (and TRUNCATE) on the log,
 * except the deletion of events a retention checkpoint has archived.
 */
import { type Kysely, type Migration, sql } from 'kysely';
import {
  CHAIN_ALGORITHM,
  type ChainedRow,
  chainedEventOf,
  GENESIS_HASH,
  hashEvent,
} from '../../audit/chain.ts';
import type { Engine } from '../database.ts';

const REFUSAL = 'audit log is append-only';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against no fixed schema
type AnyDb = Kysely<any>;

async function sqliteTriggers(db: AnyDb) {
  await sql
    .raw(`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
      BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
      WHEN OLD.seq > (SELECT coalesce(max(seq), 0) FROM audit_checkpoints)
      BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`)
    .execute(db);
  for (const op of ['UPDATE', 'DELETE'])
    await sql
      .raw(`CREATE TRIGGER audit_checkpoints_no_${op.toLowerCase()} BEFORE ${op} ON audit_checkpoints
        BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`)
      .execute(db);
  await sql
    .raw(`CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_chain_head
      WHEN NEW.seq NOT IN (OLD.seq, OLD.seq + 1)
      BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`)
    .execute(db);
}

async function postgresTriggers(db: AnyDb) {
  await sql
    .raw(`CREATE FUNCTION audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '${REFUSAL}' USING ERRCODE = 'insufficient_privilege'; END $$`)
    .execute(db);
  await sql
    .raw(`CREATE FUNCTION audit_events_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND OLD.seq <= (SELECT coalesce(max(seq), 0) FROM audit_checkpoints)
        THEN RETURN OLD; END IF;
        RAISE EXCEPTION '${REFUSAL}' USING ERRCODE = 'insufficient_privilege';
      END $$`)
    .execute(db);
  await sql
    .raw(`CREATE FUNCTION audit_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.seq IN (OLD.seq, OLD.seq + 1) THEN RETURN NEW; END IF;
        RAISE EXCEPTION '${REFUSAL}' USING ERRCODE = 'insufficient_privilege';
      END $$`)
    .execute(db);
  const statements = [
    `CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_guard()`,
    `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse()`,
    `CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
      FOR EACH ROW EXECUTE FUNCTION audit_refuse()`,
    `CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
      FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse()`,
    `CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_chain_head
      FOR EACH ROW EXECUTE FUNCTION audit_head_guard()`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** Chains the events written before this migration, oldest first. */
async function chainExisting(db: AnyDb): Promise<{ seq: number; hash: string }> {
  const rows = await db.selectFrom('audit_events').selectAll().orderBy('id').execute();
  let prev = GENESIS_HASH;
  let seq = 0;
  for (const row of rows) {
    seq++;
    const hash = hashEvent(
      CHAIN_ALGORITHM,
      prev,
      chainedEventOf({ ...(row as ChainedRow), seq, address: null }),
    );
    await db
      .updateTable('audit_events')
      .set({ seq, prev_hash: prev, hash, hash_alg: CHAIN_ALGORITHM })
      .where('id', '=', row.id)
      .execute();
    prev = hash;
  }
  return { seq, hash: prev };
}

/** Builds the migration for one engine (trigger syntax differs). */
export function auditChainMigration(engine: Engine): Migration {
  return {
    async up(db: AnyDb) {
      for (const [name, type] of [
        ['seq', 'integer'],
        ['prev_hash', 'text'],
        ['hash', 'text'],
        ['hash_alg', 'text'],
        ['address', 'text'],
      ] as const)
        await db.schema.alterTable('audit_events').addColumn(name, type).execute();
      await db.schema
        .createTable('audit_chain_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit_checkpoints')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('events', 'integer', (c) => c.notNull())
        .addColumn('before_at', 'text', (c) => c.notNull())
        .addColumn('archive_sha256', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .execute();
      const head = await chainExisting(db);
      await db
        .insertInto('audit_chain_head')
        .values({ id: 1, ...head })
        .execute();
      await db.schema
        .createIndex('audit_events_seq')
        .unique()
        .on('audit_events')
        .column('seq')
        .execute();
      await db.schema
        .createIndex('audit_events_action')
        .on('audit_events')
        .columns(['action', 'at'])
        .execute();
      await (engine === 'postgres' ? postgresTriggers(db) : sqliteTriggers(db));
    },
    async down(db: AnyDb) {
      if (engine === 'postgres') {
        await sql.raw('DROP TRIGGER audit_events_append_only ON audit_events').execute(db);
        await sql.raw('DROP TRIGGER audit_events_no_truncate ON audit_events').execute(db);
        await sql.raw('DROP FUNCTION audit_events_guard, audit_head_guard CASCADE').execute(db);
        await sql.raw('DROP FUNCTION audit_refuse CASCADE').execute(db);
      } else {
        for (const name of ['audit_events_no_update', 'audit_events_no_delete'])
          await sql.raw(`DROP TRIGGER ${name}`).execute(db);
      }
      await db.schema.dropTable('audit_checkpoints').execute();
      await db.schema.dropTable('audit_chain_head').execute();
      await db.schema.dropIndex('audit_events_action').execute();
      await db.schema.dropIndex('audit_events_seq').execute();
      for (const name of ['seq', 'prev_hash', 'hash', 'hash_alg', 'address'])
        await db.schema.alterTable('audit_events').dropColumn(name).execute();
    },
  };
}
