/** The supervision pages: the office's notice board, reminders and target changes; a unit's inbox. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const supervisionRoutes: SceneRoute[] = [
  {
    path: '/notices',
    scene: lazy(() => import('./NoticeBoardScene.tsx')),
    roles: ['admin', 'leader'],
    nav: 'nav.notices',
  },
  {
    path: '/inbox',
    scene: lazy(() => import('./InboxScene.tsx')),
    roles: ['reporter'],
    nav: 'nav.inbox',
  },
  {
    path: '/reminders',
    scene: lazy(() => import('./RemindersScene.tsx')),
    roles: ['admin'],
    nav: 'nav.reminders',
  },
  {
    path: '/target-changes',
    scene: lazy(() => import('./TargetChangesScene.tsx')),
    roles: ['admin'],
    nav: 'nav.targetChanges',
  },
];
