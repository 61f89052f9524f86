/**
 * The office keeps the names items refer to: units, the people responsible in each, and the
 * city leaders. Names are created here on purpose and nowhere as a side effect of an edit; a
 * rename changes the one row every item points at, so it shows everywhere at once. Two units
 * (two leaders, two people of one unit) never share a name. Every change is audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { type NamedDto, presentNamed } from '../presenters/directory.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  findNamed,
  findPerson,
  getNamed,
  getPerson,
  insertNamed,
  insertPerson,
  renameIfVersion,
} from '../repositories/directory.repository.ts';

type Db = Kysely<Database>;

/** What the office names: the table it lives in and the words for messages. */
const KINDS = {
  unit: { table: 'units', zh: '单位', en: 'unit' },
  leader: { table: 'leaders', zh: '领导', en: 'leader' },
  person: { table: 'people', zh: '责任人', en: 'person' },
} as const;
export type NamedKind = keyof typeof KINDS;

const taken = (kind: NamedKind, name: string) =>
  new AppError('already_exists', {
    message: `已有名为“${name}”的${KINDS[kind].zh}`,
    messageEn: `A ${KINDS[kind].en} named "${name}" already exists`,
  });

async function audited(
  trx: Db,
  actor: Actor,
  event: { kind: NamedKind; action: 'create' | 'rename'; id: number; before?: NamedDto },
): Promise<NamedDto> {
  const row = await getNamed(trx, KINDS[event.kind].table, event.id);
  if (!row) throw new AppError('not_found');
  const after = presentNamed(row);
  await insertAuditEvent(trx, {
    userId: actor.userId,
    actor: actor.name,
    action: `${event.kind}.${event.action}`,
    entity: event.kind,
    entityId: event.id,
    ...(event.before ? { before: event.before } : {}),
    after,
  });
  return after;
}

/** POST /api/units, POST /api/leaders: a new name (409 when it exists). */
export async function createNamed(
  db: Db,
  actor: Actor,
  kind: 'unit' | 'leader',
  name: string,
): Promise<NamedDto> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    if (await findNamed(trx, KINDS[kind].table, name)) throw taken(kind, name);
    const id = await insertNamed(trx, KINDS[kind].table, name);
    return audited(trx, actor, { kind, action: 'create', id });
  });
}

/** POST /api/units/:id/people: a new responsible person of a unit. */
export async function createPerson(
  db: Db,
  actor: Actor,
  unitId: number,
  name: string,
): Promise<NamedDto> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    if (!(await getNamed(trx, 'units', unitId))) throw new AppError('not_found');
    if (await findPerson(trx, unitId, name)) throw taken('person', name);
    const id = await insertPerson(trx, unitId, name);
    return audited(trx, actor, { kind: 'person', action: 'create', id });
  });
}

/** PATCH /api/{units,leaders,people}/:id: rename from `version` (409 when stale or taken). */
export async function renameNamed(
  db: Db,
  actor: Actor,
  kind: NamedKind,
  id: number,
  input: { version: number; name: string },
): Promise<NamedDto> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    const { table } = KINDS[kind];
    const row = await getNamed(trx, table, id);
    if (!row) throw new AppError('not_found');
    const before = presentNamed(row);
    const person = kind === 'person' ? await getPerson(trx, id) : undefined;
    const same = person
      ? await findPerson(trx, person.unit_id, input.name)
      : await findNamed(trx, table as 'units' | 'leaders', input.name);
    if (same && same.id !== id) throw taken(kind, input.name);
    if (!(await renameIfVersion(trx, table, id, input.version, input.name)))
      throw new AppError('version_conflict', { details: { current: before } });
    return audited(trx, actor, { kind, action: 'rename', id, before });
  });
}
