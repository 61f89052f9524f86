/** The cockpit: where the office and the city leaders start. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const cockpitRoutes: SceneRoute[] = [
  {
    path: '/cockpit',
    scene: lazy(() => import('./CockpitScene.tsx')),
    roles: ['admin', 'leader'],
    nav: 'nav.cockpit',
  },
];
