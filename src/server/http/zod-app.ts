/** The Fastify instance type routes are written against: zod schemas as its type provider. */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { BlobStore } from '../blobs/blob-store.ts';
import type { PersonalData } from '../crypto/personal-data.ts';
import type { Clock } from '../db/clock.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policies/actor.ts';
import type { CitizenNotifier } from '../services/citizen-notifier.ts';

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What routes need from the app: the database and the limits set at build time. */
export interface RouteDeps {
  store: Db;
  loginRateLimit: number;
  /** Downloads per minute: per signed-in user, and per client address for the public. */
  downloadRateLimit: { user: number; public: number };
  /** Where "now" comes from for sign-in and session rules, deadlines and notices; tests pass their own. */
  clock: Clock;
  /** Attachment bytes. */
  blobs: BlobStore;
  /** Seals and opens contact addresses. */
  personalData: PersonalData;
  /** Largest accepted upload in bytes. */
  uploadLimit: number;
  /** Sends citizens their confirmations and answers (a logging one unless configured). */
  citizenNotifier: CitizenNotifier;
}

/** Registers a group of routes. */
export type Routes = (app: ZodApp, deps: RouteDeps) => void;

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking; set by the session hook for every request. */
    actor: Actor;
  }
}
