/** The API's shape of a live session, for the security administrator. */
import { z } from 'zod';

export const SessionDto = z.object({
  id: z.string().describe('The stored id (a hash of the cookie token, useless as a cookie)'),
  userId: z.number().int(),
  userName: z.string(),
  role: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  expiresAt: z.string().describe('The absolute end'),
  idleExpiresAt: z.string().nullable().describe('The end if unused until then'),
  address: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type SessionDto = z.infer<typeof SessionDto>;

/** A live session as the security administrator sees it. */
export const presentSession = (row: {
  id: string;
  user_id: number;
  name: string;
  role: string;
  created_at: string;
  last_seen_at: string | null;
  expires_at: string;
  idle_expires_at: string | null;
  address: string | null;
  user_agent: string | null;
}): SessionDto => ({
  id: row.id,
  userId: row.user_id,
  userName: row.name,
  role: row.role,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
  idleExpiresAt: row.idle_expires_at,
  address: row.address,
  userAgent: row.user_agent,
});
