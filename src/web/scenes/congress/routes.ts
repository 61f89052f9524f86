/** The deputies' year: proposals and screening, the vote, the satisfaction rating. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const congressRoutes: SceneRoute[] = [
  {
    path: '/congress',
    scene: lazy(() => import('./CongressScene.tsx')),
    roles: ['admin', 'deputy', 'reporter'],
    nav: 'nav.congress',
  },
];
