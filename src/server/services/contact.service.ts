/**
 * Contact addresses for reminders. A user keeps their own e-mail and phone; the office (or the
 * system administrator) sets a unit's mailbox. Values are sealed before storage and the audit
 * log records only a masked form, so neither the database nor the log is a contact list.
 */
import { z } from 'zod';
import type { PersonalData } from '../crypto/personal-data.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  getUnitContact,
  getUserContact,
  setUnitContact,
  setUserContact,
} from '../repositories/contact.repository.ts';
import type { ServiceContext } from './context.ts';

const Email = z.email().max(254);
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{5,19}$/, 'digits, spaces or dashes, optionally starting with +');

export const ContactInput = z.object({
  email: Email.nullable().optional(),
  phone: Phone.nullable().optional(),
});
export const ContactDto = z.object({ email: z.string().nullable(), phone: z.string().nullable() });
export type ContactDto = z.infer<typeof ContactDto>;
export const UnitContactDto = z.object({
  unitId: z.number().int(),
  unit: z.string(),
  email: z.string().nullable(),
});

/** "z***@example.gov.cn", "138****0000": enough to recognise, not to use. */
export const maskContact = (value: string | null): string | null => {
  if (value === null) return null;
  const at = value.indexOf('@');
  if (at > 0) return `${value[0]}***${value.slice(at)}`;
  return value.length > 7 ? `${value.slice(0, 3)}****${value.slice(-4)}` : '****';
};

type Ctx = ServiceContext & { personalData: PersonalData };

const openOrNull = (ctx: Ctx, sealed: string | null) =>
  sealed === null ? null : ctx.personalData.open(sealed);

function signedIn(actor: Actor): number {
  if (actor.userId === null) throw new AppError('unauthenticated');
  return actor.userId;
}

/** GET /api/users/me/contact */
export async function readMyContact(ctx: Ctx, actor: Actor): Promise<ContactDto> {
  const row = await getUserContact(ctx.db, signedIn(actor));
  if (!row) throw new AppError('not_found');
  return { email: openOrNull(ctx, row.email_sealed), phone: openOrNull(ctx, row.phone_sealed) };
}

/** PATCH /api/users/me/contact: a field left out stays, null clears it. */
export async function changeMyContact(
  ctx: Ctx,
  actor: Actor,
  input: z.infer<typeof ContactInput>,
): Promise<ContactDto> {
  const userId = signedIn(actor);
  const before = await readMyContact(ctx, actor);
  // Nothing named, nothing to change (and no empty UPDATE).
  if (input.email === undefined && input.phone === undefined) return before;
  const seal = (value: string | null) => (value === null ? null : ctx.personalData.seal(value));
  await ctx.db.transaction().execute(async (trx) => {
    await setUserContact(trx, userId, {
      ...(input.email !== undefined ? { email_sealed: seal(input.email) } : {}),
      ...(input.phone !== undefined ? { phone_sealed: seal(input.phone) } : {}),
    });
    await insertAuditEvent(trx, {
      userId,
      actor: actor.name,
      action: 'user.contact',
      entity: 'user',
      entityId: userId,
      before: { email: maskContact(before.email), phone: maskContact(before.phone) },
      after: {
        email: maskContact(input.email === undefined ? before.email : input.email),
        phone: maskContact(input.phone === undefined ? before.phone : input.phone),
      },
    });
  });
  return readMyContact(ctx, actor);
}

/** GET /api/units/:id/contact (office, system administrator) */
export async function readUnitContact(ctx: Ctx, actor: Actor, unitId: number) {
  requireRole(actor, 'admin', 'sysadmin');
  const row = await getUnitContact(ctx.db, unitId);
  if (!row) throw new AppError('not_found');
  return { unitId: row.id, unit: row.name, email: openOrNull(ctx, row.contact_email_sealed) };
}

/** PUT /api/units/:id/contact: the unit's reminder mailbox; null clears it. */
export async function changeUnitContact(
  ctx: Ctx,
  actor: Actor,
  unitId: number,
  email: string | null,
) {
  const before = await readUnitContact(ctx, actor, unitId);
  await ctx.db.transaction().execute(async (trx) => {
    await setUnitContact(trx, unitId, email === null ? null : ctx.personalData.seal(email));
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'unit.contact',
      entity: 'unit',
      entityId: unitId,
      before: { email: maskContact(before.email) },
      after: { email: maskContact(email) },
    });
  });
  return readUnitContact(ctx, actor, unitId);
}
