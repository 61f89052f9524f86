/** Reading the audit log (the office only). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { presentAuditEvent } from '../presenters/audit.presenter.ts';
import { listAuditEvents } from '../repositories/audit.repository.ts';

export async function readAuditLog(
  db: Kysely<Database>,
  actor: Actor,
  filter: {
    entity?: string | undefined;
    entityId?: number | undefined;
    limit: number;
    offset: number;
  },
) {
  requireRole(actor, 'admin');
  return (await listAuditEvents(db, filter)).map(presentAuditEvent);
}
