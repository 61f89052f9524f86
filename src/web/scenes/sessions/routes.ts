/** Sessions, lockouts and roles: the security administrator's page. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const sessionsRoutes: SceneRoute[] = [
  {
    path: '/sessions',
    scene: lazy(() => import('./SessionsScene.tsx')),
    roles: ['secadmin'],
    nav: 'nav.sessions',
  },
];
