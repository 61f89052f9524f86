/** The API's shapes of accounts: the signed-in user (me) and the user list of the administrators. */
import { z } from 'zod';
import { Role } from '../policies/actor.ts';

export const MeDto = z.object({
  id: z.number().int().nullable(),
  name: z.string(),
  role: z.enum([...Role.options, 'public']),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  leaderId: z.number().int().nullable(),
  mustChangePassword: z
    .boolean()
    .describe(
      'True until the user changes a password an administrator set; the API refuses all else',
    ),
  totpEnabled: z.boolean().describe('Sign-in asks for an authenticator code'),
});
export type MeDto = z.infer<typeof MeDto>;

export const UserDto = z.object({
  id: z.number().int(),
  name: z.string(),
  role: Role,
  unit: z.string().nullable(),
  leader: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable().describe('Set while locked after failed sign-ins'),
  failedLogins: z.number().int(),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  createdAt: z.string(),
  passwordChangedAt: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});
export type UserDto = z.infer<typeof UserDto>;

/** A row of listUsers (the user with its unit's and leader's names). */
export interface UserRow {
  id: number;
  name: string;
  role: string;
  unit_name: string | null;
  leader_name: string | null;
  disabled: number;
  locked_until: string | null;
  failed_logins: number;
  must_change_password: number;
  totp_secret: string | null;
  created_at: string;
  password_changed_at: string | null;
  last_login_at: string | null;
}

/** An account as the administrators' list shows it; a lock that has ended reads as none. */
export const presentUser = (row: UserRow, at: Date): UserDto => ({
  id: row.id,
  name: row.name,
  role: Role.parse(row.role),
  unit: row.unit_name,
  leader: row.leader_name,
  disabled: row.disabled === 1,
  lockedUntil: row.locked_until && row.locked_until > at.toISOString() ? row.locked_until : null,
  failedLogins: row.failed_logins,
  mustChangePassword: row.must_change_password === 1,
  totpEnabled: row.totp_secret !== null,
  createdAt: row.created_at,
  passwordChangedAt: row.password_changed_at,
  lastLoginAt: row.last_login_at,
});
