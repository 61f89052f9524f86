/**
 * The API the office web app added: report preview, review queue and versions, a period's
 * publication, the office's administration of names, plans and items, and the default period of
 * a page. One entry in app.ts.
 */
import type { Routes } from '../http/zod-app.ts';
import { defaultPeriodRoutes } from './default-period.routes.ts';
import { directoryAdminRoutes } from './directory-admin.routes.ts';
import { itemAdminRoutes } from './item-admin.routes.ts';
import { periodPublicationRoutes } from './period-publication.routes.ts';
import { planAdminRoutes } from './plan-admin.routes.ts';
import { reportPreviewRoutes } from './report-preview.routes.ts';
import { reviewRoutes } from './review.routes.ts';

export const officeRoutes: Routes = (app, deps) => {
  for (const routes of [
    reportPreviewRoutes,
    reviewRoutes,
    periodPublicationRoutes,
    directoryAdminRoutes,
    planAdminRoutes,
    itemAdminRoutes,
    defaultPeriodRoutes,
  ])
    routes(app, deps);
};
