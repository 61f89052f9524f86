/**
 * The HTTP API: Fastify with zod schemas (validation, serialization and the OpenAPI document at
 * /api/docs), sessions, a login rate limit, uploads, one error handler, and the route groups.
 */
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { publicRoutes } from '../public/public.routes.tsx';
import { registerSession } from './auth/session.plugin.ts';
import type { Db } from './db/database.ts';
import { AppError } from './errors.ts';
import { handleError } from './http/error-handler.ts';
import type { RouteDeps, Routes, ZodApp } from './http/zod-app.ts';
import { fromRoot } from './package-root.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { dashboardRoutes } from './routes/dashboard.routes.ts';
import { directoryRoutes } from './routes/directory.routes.ts';
import { documentRoutes } from './routes/document.routes.ts';
import { importRoutes } from './routes/import.routes.ts';
import { itemRoutes } from './routes/item.routes.ts';
import { officeRoutes } from './routes/office.routes.ts';
import { planRoutes } from './routes/plan.routes.ts';
import { reportRoutes } from './routes/report.routes.ts';
import { settingsRoutes } from './routes/settings.routes.ts';
import { isAppPage, registerOfficeApp } from './web/office-app.ts';

export interface AppOptions {
  store: Db;
  logger?: FastifyServerOptions['logger'];
  /** Login attempts per client address and minute. */
  loginRateLimit?: number;
  /** Largest accepted upload in bytes (50 MB). */
  uploadLimit?: number;
  /** Serve the OpenAPI UI at /api/docs (off in benchmarks). */
  docs?: boolean;
  /** The built office web app (default dist/web); null serves none. */
  webRoot?: string | null;
}

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
  officeRoutes,
  publicRoutes,
];

/** Builds the app, ready to `inject` or `listen`. */
export async function buildApp(options: AppOptions): Promise<ZodApp> {
  // trustProxy: behind a TLS-terminating proxy, X-Forwarded-Proto decides the Secure cookie flag.
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: options.uploadLimit ?? 50 * 1024 * 1024, files: 1, fields: 5 },
  });
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
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'minsheng_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  if (options.docs !== false) await app.register(swaggerUi, { routePrefix: '/api/docs' });
  const deps: RouteDeps = { store: options.store, loginRateLimit: options.loginRateLimit ?? 10 };
  registerSession(app, deps);
  for (const routes of ROUTES) routes(app, deps);
  const webRoot = options.webRoot === undefined ? fromRoot('dist', 'web') : options.webRoot;
  const appPage = webRoot === null ? null : await registerOfficeApp(app, webRoot);
  app.setNotFoundHandler((request, reply) =>
    appPage && isAppPage(request)
      ? appPage(reply)
      : handleError(new AppError('not_found'), request, reply),
  );
  return app;
}
