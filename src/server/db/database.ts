/**
 * Opens the database: PostgreSQL when the URL says `postgres://`, else a SQLite file (default
 * `./data/minsheng.db`). Same Kysely interface either way; callers ask `engine` only where SQL
 * differs (search, identity columns).
 */
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  engine: Engine;
  destroy: () => Promise<void>;
  /**
   * SQLite only: a value that changes whenever a change is committed to the file by this
   * connection (`total_changes()`, triggers included) or any other (`data_version`). Read
   * straight from the connection, without a query builder, because the busiest reads ask it on
   * every request (http/read-cache.ts).
   */
  revision?: () => string;
}

export const DEFAULT_DATABASE = './data/minsheng.db';

// pg returns int8 (count(*), sum) as strings to avoid precision loss; our counts fit in a double.
pg.types.setTypeParser(20, (value) => Number(value));

/** True when the URL names a PostgreSQL server. */
export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/**
 * Opens `url` (a postgres:// URL, a `sqlite:` / `file:` URL or a path). `schema` sets the
 * PostgreSQL search_path, so tests can run in a throwaway schema.
 */
export function openDatabase(options: { url?: string; schema?: string } = {}): Db {
  const url = options.url ?? DEFAULT_DATABASE;
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', destroy: () => db.destroy() };
  }
  const path = sqlitePath(url);
  if (path !== ':memory:') createPrivately(path);
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // NORMAL is durable against application crashes in WAL mode; FULL would also survive power loss
  // at a fsync per commit. Government data: keep FULL.
  sqlite.pragma('synchronous = FULL');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  const changes = sqlite
    .prepare(
      'select total_changes() as changes, (select data_version from pragma_data_version) as version',
    )
    .raw();
  const revision = () => (changes.get() as number[]).join(':');
  return { db, engine: 'sqlite', destroy: () => db.destroy(), revision };
}

/** The file path of a SQLite URL (`sqlite:`, `file:` or a bare path). */
export const sqlitePath = (url: string): string => url.replace(/^(sqlite|file):(\/\/)?/, '');

/**
 * Creates the folder (0700) and an empty database file (0600) when absent, so the data is readable
 * by the server's user only; SQLite gives its -wal and -shm files the database file's mode.
 */
function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew, and preparing costs more than running our small queries.
 * Statements are reused by their SQL; Kysely runs each to completion synchronously, so one
 * statement is never in use twice at once.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/** The database a command uses: `--db`, else DATABASE_URL, else the default SQLite file. */
export const resolveDatabaseUrl = (flag?: string): string =>
  flag ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE;
