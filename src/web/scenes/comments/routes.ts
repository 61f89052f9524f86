/** The comments queue: the office moderates and answers; a unit drafts the answers assigned to it. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const commentRoutes: SceneRoute[] = [
  {
    path: '/comments',
    scene: lazy(() => import('./CommentsScene.tsx')),
    roles: ['admin', 'reporter'],
    nav: 'nav.comments',
  },
];
