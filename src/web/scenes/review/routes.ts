/** The office's review: the queue of submitted reports and publishing a period. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const reviewRoutes: SceneRoute[] = [
  {
    path: '/review',
    scene: lazy(() => import('./ReviewScene.tsx')),
    roles: ['admin'],
    nav: 'nav.review',
  },
];
