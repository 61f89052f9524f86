/**
 * The office account the server benchmarks sign in as: a password the rules accept, and no
 * forced change at first sign-in, so the measured requests are the ones a signed-in user makes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../src/server/db/schema.ts';
import { addUser } from '../src/server/services/user.service.ts';

export const BENCH_LOGIN = { name: 'bench', password: 'Correct horse battery 9' };

export const addBenchAdmin = (db: Kysely<Database>): Promise<number> =>
  addUser(db, { ...BENCH_LOGIN, role: 'admin', mustChangePassword: false });
