/** The contributions page: units file their part; the lead unit and the office see them all. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const contributionRoutes: SceneRoute[] = [
  {
    path: '/contributions',
    scene: lazy(() => import('./ContributionsScene.tsx')),
    roles: ['admin', 'reporter'],
    nav: 'nav.contributions',
  },
];
