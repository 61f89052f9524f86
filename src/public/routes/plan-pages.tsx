/** The home page, a plan's page for its public period and each earlier one, and open data. */
import { IdParams } from '../../server/http/error-dto.ts';
import { sendPublic } from '../../server/http/public-cache.ts';
import { presentPublicPlan } from '../../server/presenters/public-plan.presenter.ts';
import { readPublicPlan, readPublicPlans } from '../../server/services/public-plan.service.ts';
import { readSetting } from '../../server/services/settings.service.ts';
import { htmlBody, pageOf } from '../page.ts';
import { HomePage } from '../pages/HomePage.tsx';
import { OpenDataPage } from '../pages/OpenDataPage.tsx';
import { PlanPage } from '../pages/PlanPage.tsx';
import type { PageRoutes } from './page-routes.ts';

export const planPages: PageRoutes = (app, { db, cache }) => {
  app.get('/', {
    schema: { hide: true },
    handler: (request, reply) => {
      const { lang } = pageOf(request);
      return sendPublic(request, reply, {
        db,
        cache,
        key: `page:home:${lang}`,
        build: async () => htmlBody(<HomePage lang={lang} plans={await readPublicPlans(db)} />),
      });
    },
  });
  app.get('/plans/:id', {
    schema: { hide: true, params: IdParams },
    handler: (request, reply) => {
      const { lang, path } = pageOf(request);
      const { id } = request.params;
      return sendPublic(request, reply, {
        db,
        cache,
        key: `page:plan:${id}:${lang}`,
        build: async () => {
          const plan = presentPublicPlan(await readPublicPlan(db, id));
          return htmlBody(<PlanPage plan={plan} lang={lang} path={path} />);
        },
      });
    },
  });
  app.get('/plans/:id/periods/:period', {
    schema: { hide: true, params: IdParams.extend({ period: IdParams.shape.id }) },
    handler: (request, reply) => {
      const { lang, path } = pageOf(request);
      const { id, period } = request.params;
      return sendPublic(request, reply, {
        db,
        cache,
        key: `page:period:${id}:${period}:${lang}`,
        build: async () => {
          const plan = presentPublicPlan(await readPublicPlan(db, id, period));
          return htmlBody(<PlanPage plan={plan} lang={lang} path={path} />);
        },
      });
    },
  });
  app.get('/open-data', {
    schema: { hide: true },
    handler: async (request, reply) => {
      const { lang } = pageOf(request);
      const licence = await readSetting(db, 'public.dataLicence');
      return sendPublic(request, reply, {
        db,
        cache,
        key: `page:open-data:${lang}:${licence.name}:${licence.url}`,
        build: async () =>
          htmlBody(
            <OpenDataPage lang={lang} plans={await readPublicPlans(db)} licence={licence} />,
          ),
      });
    },
  });
};
