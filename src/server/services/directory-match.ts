/**
 * The unit or leader an account names: an existing one, or a new one only when asked for — a
 * mistyped name is refused with the close matches instead of becoming a second unit.
 */
import type { Kysely } from 'kysely';
import { closeMatches } from '../../core/text/close-matches.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import {
  findLeaderByName,
  findUnitByName,
  listLeaders,
  listUnits,
  upsertLeader,
  upsertUnit,
} from '../repositories/directory.repository.ts';

type Db = Kysely<Database>;

function unknown(kind: 'unit' | 'leader', name: string, matches: string[]): AppError {
  const [zhKind, enKind, flag, field] =
    kind === 'unit'
      ? ['单位', 'unit', '--new-unit', 'newUnit']
      : ['领导', 'leader', '--new-leader', 'newLeader'];
  const hint = matches.length ? `是否是：${matches.join('、')}？` : '';
  const hintEn = matches.length ? ` Did you mean: ${matches.join(', ')}?` : '';
  return new AppError(kind === 'unit' ? 'unit_unknown' : 'leader_unknown', {
    message: `没有名为“${name}”的${zhKind}。${hint}如确为新${zhKind}，请注明新建（命令行 ${flag}，接口 ${field}: true）`,
    messageEn: `No ${enKind} named "${name}".${hintEn} If it is a new one, say so (${flag} on the command line, ${field}: true in the API)`,
    details: { closeMatches: matches },
  });
}

/** The id of the unit named `name`; created only when `allowNew`. */
export async function resolveUnit(db: Db, name: string, allowNew: boolean): Promise<number> {
  const found = await findUnitByName(db, name);
  if (found) return found.id;
  if (!allowNew)
    throw unknown(
      'unit',
      name,
      closeMatches(
        name,
        (await listUnits(db)).map((u) => u.name),
      ),
    );
  return (await upsertUnit(db, name)).id;
}

/** The id of the leader named `name`; created only when `allowNew`. */
export async function resolveLeader(db: Db, name: string, allowNew: boolean): Promise<number> {
  const found = await findLeaderByName(db, name);
  if (found) return found.id;
  if (!allowNew)
    throw unknown(
      'leader',
      name,
      closeMatches(
        name,
        (await listLeaders(db)).map((l) => l.name),
      ),
    );
  return (await upsertLeader(db, name)).id;
}
