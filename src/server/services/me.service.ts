/** Who the signed-in user is, as the web app needs it: role, unit, and what sign-in asks of them. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../policies/actor.ts';
import type { MeDto } from '../presenters/user.presenter.ts';
import { unitNames } from '../repositories/directory.repository.ts';
import { findUserById } from '../repositories/user.repository.ts';

/** The signed-in user (or the public) as `GET /api/auth/me` answers. */
export async function readMe(db: Kysely<Database>, actor: Actor): Promise<MeDto> {
  const user = actor.userId === null ? undefined : await findUserById(db, actor.userId);
  const unitName =
    actor.unitId === null
      ? null
      : ((await unitNames(db, [actor.unitId])).get(actor.unitId) ?? null);
  return {
    id: actor.userId,
    name: actor.name,
    role: actor.role,
    unitId: actor.unitId,
    unitName,
    leaderId: actor.leaderId,
    mustChangePassword: actor.mustChangePassword,
    totpEnabled: user?.totp_secret != null,
  };
}
