/**
 * The optional second factor (TOTP, RFC 6238) of the office and the three administrators: enrol
 * (a secret and the otpauth:// address an authenticator app reads, as a QR code in the web app),
 * confirm with a first code, then give a code at every sign-in. A code is accepted once. The
 * secret is a password-equivalent: it is sealed with the personal-data key before it is stored, so
 * a copied database or backup cannot mint codes.
 */
import type { Kysely } from 'kysely';
import { generateSecret, generateURI, verify } from 'otplib';
import type { PersonalData } from '../crypto/personal-data.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type Actor, TOTP_ROLES } from '../policies/actor.ts';
import { requireAccountReach } from '../policies/duties.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { findUserById, listUsersWithTotp, updateUser } from '../repositories/user.repository.ts';

type Db = Kysely<Database>;

const ISSUER = 'Minsheng';
/** One 30-second step either side, for phones whose clock drifts. */
const TOLERANCE_SECONDS = 30;

/**
 * The time step of a valid code later than `afterStep`, or null. Pure but for the clock passed in.
 */
export async function checkTotp(
  secret: string,
  code: string,
  at: Date,
  afterStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Sealed values carry the cipher's scheme prefix; anything else is a secret stored before sealing. */
const SEALED = /^v\d+:/;

/** The stored secret in clear: opened when sealed, as stored when written before sealing. */
export const openTotpSecret = (stored: string, personalData: PersonalData): string =>
  SEALED.test(stored) ? personalData.open(stored) : stored;

/**
 * Seals every TOTP secret still stored in clear (written before secrets were sealed); returns how
 * many. Run at start, where the key is at hand (schema migrations run without it); a database
 * with none in clear never loads the key.
 */
export async function sealStoredTotpSecrets(db: Db, personalData: PersonalData): Promise<number> {
  let sealed = 0;
  for (const user of await listUsersWithTotp(db)) {
    const patch: { totp_secret?: string; totp_pending?: string } = {};
    if (user.totp_secret && !SEALED.test(user.totp_secret))
      patch.totp_secret = personalData.seal(user.totp_secret);
    if (user.totp_pending && !SEALED.test(user.totp_pending))
      patch.totp_pending = personalData.seal(user.totp_pending);
    if (Object.keys(patch).length === 0) continue;
    await updateUser(db, user.id, patch);
    sealed += 1;
  }
  return sealed;
}

const signedIn = (actor: Actor): number => {
  if (actor.userId === null) throw new AppError('unauthenticated');
  return actor.userId;
};

/** Starts enrolment: a new secret, kept pending until confirmed with a code. */
export async function enrolTotp(db: Db, actor: Actor, personalData: PersonalData) {
  const userId = signedIn(actor);
  if (actor.role === 'public' || !TOTP_ROLES.includes(actor.role)) throw new AppError('forbidden');
  const secret = generateSecret();
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { totp_pending: personalData.seal(secret) });
    await insertAuditEvent(trx, {
      userId,
      actor: actor.name,
      action: 'user.totp_enrol',
      entity: 'user',
      entityId: userId,
    });
  });
  return { secret, otpauthUrl: generateURI({ issuer: ISSUER, label: actor.name, secret }) };
}

/** Confirms enrolment with a first code; from then on sign-in asks for a code. */
export async function confirmTotp(
  db: Db,
  actor: Actor,
  code: string,
  at: Date,
  personalData: PersonalData,
): Promise<void> {
  const userId = signedIn(actor);
  const user = await findUserById(db, userId);
  if (!user?.totp_pending) throw new AppError('totp_not_enrolled');
  const step = await checkTotp(openTotpSecret(user.totp_pending, personalData), code, at, null);
  if (step === null) throw new AppError('totp_failed');
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, {
      totp_secret: user.totp_pending,
      totp_pending: null,
      totp_last_step: step,
    });
    await insertAuditEvent(trx, {
      userId,
      actor: actor.name,
      action: 'user.totp_enable',
      entity: 'user',
      entityId: userId,
      before: { totpEnabled: user.totp_secret !== null },
      after: { totpEnabled: true },
    });
  });
}

/**
 * Turns off one's own second factor, proven with a current code (a session left open must not be
 * enough to weaken the account).
 */
export async function disableOwnTotp(
  db: Db,
  actor: Actor,
  code: string,
  at: Date,
  personalData: PersonalData,
): Promise<void> {
  const userId = signedIn(actor);
  const user = await findUserById(db, userId);
  if (!user?.totp_secret) throw new AppError('totp_not_enrolled');
  const step = await checkTotp(
    openTotpSecret(user.totp_secret, personalData),
    code,
    at,
    user.totp_last_step,
  );
  if (step === null) throw new AppError('totp_failed');
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { totp_secret: null, totp_pending: null, totp_last_step: null });
    await insertAuditEvent(trx, {
      userId,
      actor: actor.name,
      action: 'user.totp_disable',
      entity: 'user',
      entityId: userId,
      before: { totpEnabled: true },
      after: { totpEnabled: false },
    });
  });
}

/** Removes an account's second factor (a lost phone): the security administrator's duty. */
export async function resetTotp(db: Db, actor: Actor, userId: number): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError('not_found');
  requireAccountReach(actor, user, 'totp.reset');
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { totp_secret: null, totp_pending: null, totp_last_step: null });
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'user.totp_reset',
      entity: 'user',
      entityId: userId,
      before: { totpEnabled: user.totp_secret !== null },
      after: { totpEnabled: false },
    });
  });
}
