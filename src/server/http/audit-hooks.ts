/**
 * Audit events that belong to a route rather than to a service: downloads and exports of a plan
 * by signed-in users (with the client's address), and refused imports with the reason the client
 * got. A route opts in with `config: { audit: {...} }`. Events are written before the answer is
 * sent, so a file that could not be recorded is not sent.
 */
import type { FastifyRequest } from 'fastify';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import type { RouteDeps, ZodApp } from './zod-app.ts';

export interface RouteAudit {
  entity: string;
  /** Recorded when the route answers 2xx (downloads, exports). */
  action?: string;
  /** Recorded when the route refuses the request (imports). */
  refusedAction?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    audit?: RouteAudit;
  }
}

const entityId = (request: FastifyRequest): number | null => {
  const id = Number((request.params as { id?: unknown } | undefined)?.id);
  return Number.isSafeInteger(id) ? id : null;
};

/** Registers the hooks that record the routes' audit events. */
export function registerAuditHooks(app: ZodApp, { store }: RouteDeps): void {
  const record = (request: FastifyRequest, action: string, entity: string, after: unknown) =>
    insertAuditEvent(store.db, {
      userId: request.actor.userId,
      actor: request.actor.name,
      action,
      entity,
      entityId: entityId(request),
      address: request.ip ?? null,
      after,
    });
  app.addHook('onSend', async (request, reply, payload) => {
    const audit = request.routeOptions.config.audit;
    if (!audit || request.actor?.userId == null) return payload;
    if (audit.action && reply.statusCode < 400)
      await record(request, audit.action, audit.entity, { url: request.url });
    if (audit.refusedAction && reply.statusCode >= 400)
      await record(request, audit.refusedAction, audit.entity, {
        status: reply.statusCode,
        ...refusal(payload),
      });
    return payload;
  });
}

/** The code and message the client was refused with (the error body is serialized by now). */
function refusal(payload: unknown): { code?: string; message?: string } {
  try {
    const { error } = JSON.parse(String(payload)) as {
      error?: { code?: string; message?: string };
    };
    return { code: error?.code, message: error?.message };
  } catch {
    return {};
  }
}
