/** Tables in and out: the office imports; the office and leaders download. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const transferRoutes: SceneRoute[] = [
  {
    path: '/import',
    scene: lazy(() => import('./ImportScene.tsx')),
    roles: ['admin'],
    nav: 'nav.import',
  },
  {
    path: '/downloads',
    scene: lazy(() => import('./DownloadScene.tsx')),
    roles: ['admin', 'leader'],
    nav: 'nav.downloads',
  },
];
