/** The plans page: everyone who works on a plan may list them. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const planRoutes: SceneRoute[] = [
  {
    path: '/plans',
    scene: lazy(() => import('./PlansScene.tsx')),
    roles: ['admin', 'leader', 'reporter', 'deputy'],
    nav: 'nav.plans',
  },
];
