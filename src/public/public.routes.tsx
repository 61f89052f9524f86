/**
 * The public site under /p/: server-rendered pages for citizens, no login, no script. Pages
 * read through the public services (published data only), are answered from the public cache of
 * the current revision, and fail as pages too: a missing page or a refused form is an HTML page
 * in the citizen's language, never a JSON error.
 */
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERRORS } from '../server/errors.ts';
import { toAppError } from '../server/http/error-handler.ts';
import { PublicCache } from '../server/http/public-cache.ts';
import type { Routes, ZodApp } from '../server/http/zod-app.ts';
import { ASSETS_DIR } from './assets.ts';
import { pageOf, sendPage } from './page.ts';
import { ErrorPage } from './pages/ErrorPage.tsx';
import { congressPages } from './routes/congress-pages.tsx';
import { itemPages } from './routes/item-pages.tsx';
import { planPages } from './routes/plan-pages.tsx';
import { posterPages } from './routes/poster-pages.tsx';
import { word } from './words.ts';

function errorPage(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.code === 'internal') request.log.error({ err: error }, 'public page failed');
  const { lang, path } = pageOf(request);
  const notFound = appError.code === 'not_found';
  const page = (
    <ErrorPage
      lang={lang}
      path={path}
      title={word(notFound ? 'notFoundTitle' : 'errorTitle', lang)}
      message={
        notFound
          ? word('notFoundBody', lang)
          : lang === 'zh'
            ? appError.message
            : appError.messageEn
      }
    />
  );
  return sendPage(reply, ERRORS[appError.code].status, page);
}

export const publicRoutes: Routes = (app, deps) => {
  void app.register(
    async (scope: ZodApp) => {
      await scope.register(formbody);
      await scope.register(fastifyStatic, {
        root: ASSETS_DIR,
        prefix: '/assets/',
        decorateReply: false,
        // Pages name the assets by content hash (assets.ts): a change is a new address.
        immutable: true,
        maxAge: '365d',
      });
      scope.setErrorHandler(errorPage);
      scope.setNotFoundHandler((request, reply) =>
        errorPage(toAppError({ statusCode: 404 }), request, reply),
      );
      const pageDeps = { ...deps, db: deps.store.db, cache: new PublicCache() };
      for (const pages of [planPages, itemPages, posterPages, congressPages])
        pages(scope, pageDeps);
    },
    { prefix: '/p' },
  );
};
