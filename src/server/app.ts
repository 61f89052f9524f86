/**
 * The HTTP API: Fastify with zod schemas (validation, serialization and the OpenAPI document at
 * /api/docs), security headers, sessions, a login rate limit, uploads, one error handler, the
 * route groups and the audit events routes ask for.
 */
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions, type RouteOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicRoutes } from '../public/public.routes.tsx';
import { registerSession } from './auth/session.plugin.ts';
import type { BlobStore } from './blobs/blob-store.ts';
import { diskBlobStore } from './blobs/disk-blob-store.ts';
import { lazyPersonalData, loadDataKey } from './crypto/personal-data.ts';
import { type Clock, systemClock } from './db/clock.ts';
import type { Db } from './db/database.ts';
import { AppError } from './errors.ts';
import { registerAuditHooks } from './http/audit-hooks.ts';
import { handleError } from './http/error-handler.ts';
import { openApiTransform, SECURITY_SCHEMES } from './http/openapi.ts';
import { registerPublicTwins } from './http/public-twins.ts';
import { registerRequestGuards } from './http/request-guards.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { serializerCompiler } from './http/serializer.ts';
import type { RouteDeps, Routes, ZodApp } from './http/zod-app.ts';
import { fromRoot } from './package-root.ts';
import { attachmentRoutes } from './routes/attachment.routes.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { commentRoutes } from './routes/comment.routes.ts';
import { contactRoutes } from './routes/contact.routes.ts';
import { contributionRoutes } from './routes/contribution.routes.ts';
import { dashboardRoutes } from './routes/dashboard.routes.ts';
import { directoryRoutes } from './routes/directory.routes.ts';
import { documentRoutes } from './routes/document.routes.ts';
import { importRoutes } from './routes/import.routes.ts';
import { itemRoutes } from './routes/item.routes.ts';
import { noticeRoutes } from './routes/notice.routes.ts';
import { officeRoutes } from './routes/office.routes.ts';
import { planRoutes } from './routes/plan.routes.ts';
import { proposalRoutes } from './routes/proposal.routes.ts';
import { publicApiRoutes } from './routes/public-api.routes.ts';
import { ratingRoutes } from './routes/rating.routes.ts';
import { reminderRoutes } from './routes/reminder.routes.ts';
import { reportRoutes } from './routes/report.routes.ts';
import { sessionRoutes } from './routes/session.routes.ts';
import { settingsRoutes } from './routes/settings.routes.ts';
import { submissionCheckRoutes } from './routes/submission-check.routes.ts';
import { targetChangeRoutes } from './routes/target-change.routes.ts';
import { userRoutes } from './routes/user.routes.ts';
import { visitRoutes } from './routes/visit.routes.ts';
import { voteRoutes } from './routes/vote.routes.ts';
import { type CitizenNotifier, loggingNotifier } from './services/citizen-notifier.ts';
import { sealStoredTotpSecrets } from './services/totp.service.ts';
import { isAppPage, registerOfficeApp } from './web/office-app.ts';
import { closeWorkers } from './workers/pool.ts';

export interface AppOptions {
  store: Db;
  logger?: FastifyServerOptions['logger'];
  /** Login attempts per client address and minute. */
  loginRateLimit?: number;
  /** Document downloads per minute, per user and per anonymous client address. */
  downloadRateLimit?: { user: number; public: number };
  /** Largest accepted upload in bytes (50 MB). */
  uploadLimit?: number;
  /** Serve the OpenAPI UI at /api/docs (off in benchmarks). */
  docs?: boolean;
  /** The built office web app (default dist/web); null serves none. */
  webRoot?: string | null;
  /** Told of every route as it is registered (tests enumerate the API with it). */
  onRoute?: (route: RouteOptions) => void;
  /**
   * Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For / -Proto are believed
   * (env MINSHENG_TRUSTED_PROXIES); none by default, so a client cannot choose its own address.
   */
  trustedProxies?: string[];
  /** The time sign-in, sessions, deadlines and notices read; tests move it. */
  clock?: Clock;
  /** Attachments and the generated data key live here (default MINSHENG_DATA_DIR or ./data). */
  dataDir?: string;
  /** Where attachment bytes go (default: files under dataDir/blobs). */
  blobs?: BlobStore;
  /** The personal-data key (default: loaded from MINSHENG_DATA_KEY or dataDir on first use). */
  dataKey?: Buffer;
  /** How citizens are told of their comments (default: a line in the log). */
  citizenNotifier?: CitizenNotifier;
}

/** The data directory: MINSHENG_DATA_DIR, else ./data beside the default SQLite file. */
export const defaultDataDir = (): string => process.env.MINSHENG_DATA_DIR ?? './data';

const ROUTES: Routes[] = [
  authRoutes,
  planRoutes,
  itemRoutes,
  reportRoutes,
  documentRoutes,
  dashboardRoutes,
  directoryRoutes,
  auditRoutes,
  importRoutes,
  settingsRoutes,
  contributionRoutes,
  submissionCheckRoutes,
  noticeRoutes,
  reminderRoutes,
  attachmentRoutes,
  targetChangeRoutes,
  contactRoutes,
  officeRoutes,
  commentRoutes,
  proposalRoutes,
  voteRoutes,
  ratingRoutes,
  visitRoutes,
  publicApiRoutes,
  publicRoutes,
  userRoutes,
  sessionRoutes,
];

/** Builds the app, ready to `inject` or `listen`. */
export async function buildApp(options: AppOptions): Promise<ZodApp> {
  // Only the configured proxies' X-Forwarded-For / -Proto count: they give the client address the
  // login rate limit and the audit log use, and the Secure cookie flag.
  const trusted = options.trustedProxies ?? [];
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: trusted.length > 0 ? trusted : false,
    // A URL Fastify cannot decode gets our envelope too, not Fastify's own.
    frameworkErrors: handleError,
  }).withTypeProvider<ZodTypeProvider>();
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  const uploadLimit = options.uploadLimit ?? 50 * 1024 * 1024;
  await app.register(multipart, { limits: { fileSize: uploadLimit, files: 1, fields: 5 } });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('rate_limited'),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Minsheng API',
        version: '1',
        description:
          '民生实事: plans, items, reports, dashboards. Errors: {error:{code,message,messageEn}}.',
      },
      components: {
        securitySchemes: SECURITY_SCHEMES,
      },
    },
    transform: openApiTransform,
  });
  if (options.docs !== false) await app.register(swaggerUi, { routePrefix: '/api/docs' });
  const dataDir = options.dataDir ?? defaultDataDir();
  const deps: RouteDeps = {
    store: options.store,
    loginRateLimit: options.loginRateLimit ?? 10,
    downloadRateLimit: options.downloadRateLimit ?? { user: 60, public: 20 },
    clock: options.clock ?? systemClock,
    blobs: options.blobs ?? diskBlobStore(`${dataDir}/blobs`),
    personalData: lazyPersonalData(
      () => options.dataKey ?? loadDataKey({ dataDir, warn: (message) => app.log.warn(message) }),
    ),
    uploadLimit,
    citizenNotifier: options.citizenNotifier ?? loggingNotifier((line) => app.log.info(line)),
  };
  registerRequestGuards(app);
  app.addHook('onClose', closeWorkers);
  // Secrets stored before sealing existed are sealed now, where the key is at hand.
  await sealStoredTotpSecrets(options.store.db, deps.personalData);
  registerSession(app, deps);
  registerAuditHooks(app, deps);
  registerPublicTwins(app);
  for (const routes of ROUTES) routes(app, deps);
  const webRoot = options.webRoot === undefined ? fromRoot('dist', 'web') : options.webRoot;
  const appPage = webRoot === null ? null : await registerOfficeApp(app, webRoot);
  app.setNotFoundHandler((request, reply) =>
    appPage && isAppPage(request)
      ? appPage(request, reply)
      : handleError(new AppError('not_found'), request, reply),
  );
  return app;
}
