/** A unit's reporting: its items in the open periods, and the report form (the office may fill in too). */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const reportingRoutes: SceneRoute[] = [
  {
    path: '/reporting',
    scene: lazy(() => import('./MyItemsScene.tsx')),
    roles: ['reporter'],
    nav: 'nav.reporting',
  },
  {
    path: '/reporting/:itemId/:periodId',
    scene: lazy(() => import('./ReportFormScene.tsx')),
    roles: ['reporter', 'admin'],
  },
];
