/** Accounts: the system administrator's page. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const usersRoutes: SceneRoute[] = [
  {
    path: '/users',
    scene: lazy(() => import('./UsersScene.tsx')),
    roles: ['sysadmin'],
    nav: 'nav.users',
  },
];
