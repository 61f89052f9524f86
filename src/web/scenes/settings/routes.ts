/** Settings: the system administrator's page. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const settingsRoutes: SceneRoute[] = [
  {
    path: '/settings',
    scene: lazy(() => import('./SettingsScene.tsx')),
    roles: ['sysadmin'],
    nav: 'nav.settings',
  },
];
