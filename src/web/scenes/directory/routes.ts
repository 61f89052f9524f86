/** The names the office keeps: units with their people, and leaders. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const directoryRoutes: SceneRoute[] = [
  {
    path: '/directory',
    scene: lazy(() => import('./DirectoryScene.tsx')),
    roles: ['admin'],
    nav: 'nav.directory',
  },
];
