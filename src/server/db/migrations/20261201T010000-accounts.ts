/**
 * Accounts hardened: forced password change, disabling, lockout after failed sign-ins, the TOTP
 * second factor, the passwords used before (so the last ones are not reused), and sessions that
 * end when idle and name the address they came from.
 */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../database.ts';

/** Builds the migration for one engine (identity columns differ). */
export function accountsMigration(engine: Engine): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are written against no fixed schema
    async up(db: Kysely<any>) {
      // SQLite adds one column per ALTER TABLE.
      const userColumns: [string, 'integer' | 'text', boolean][] = [
        ['must_change_password', 'integer', true],
        ['disabled', 'integer', true],
        ['failed_logins', 'integer', true],
        ['failed_since', 'text', false],
        ['locked_until', 'text', false],
        ['totp_secret', 'text', false],
        ['totp_pending', 'text', false],
        ['totp_last_step', 'integer', false],
        ['password_changed_at', 'text', false],
        ['last_login_at', 'text', false],
      ];
      for (const [name, type, flag] of userColumns)
        await db.schema
          .alterTable('users')
          .addColumn(name, type, (c) => (flag ? c.notNull().defaultTo(0) : c))
          .execute();
      for (const name of ['last_seen_at', 'idle_expires_at', 'address', 'user_agent'])
        await db.schema.alterTable('sessions').addColumn(name, 'text').execute();
      await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

      await db.schema
        .createTable('password_history')
        .addColumn('id', 'integer', (c) =>
          engine === 'postgres'
            ? c.primaryKey().generatedByDefaultAsIdentity()
            : c.primaryKey().autoIncrement(),
        )
        .addColumn('user_id', 'integer', (c) =>
          c.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('password_history_user')
        .on('password_history')
        .columns(['user_id', 'id'])
        .execute();
      // The current password of every existing account is the first entry of its history.
      const users = await db.selectFrom('users').select(['id', 'password_hash']).execute();
      const at = new Date().toISOString();
      for (const user of users)
        await db
          .insertInto('password_history')
          .values({ user_id: user.id, password_hash: user.password_hash, created_at: at })
          .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: see up
    async down(db: Kysely<any>) {
      await db.schema.dropTable('password_history').execute();
      await db.schema.dropIndex('sessions_expires').execute();
      for (const name of ['last_seen_at', 'idle_expires_at', 'address', 'user_agent'])
        await db.schema.alterTable('sessions').dropColumn(name).execute();
      for (const name of [
        'must_change_password',
        'disabled',
        'failed_logins',
        'failed_since',
        'locked_until',
        'totp_secret',
        'totp_pending',
        'totp_last_step',
        'password_changed_at',
        'last_login_at',
      ])
        await db.schema.alterTable('users').dropColumn(name).execute();
    },
  };
}
