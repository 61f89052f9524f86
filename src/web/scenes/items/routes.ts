/** The item list and one item's page: everyone who works on a plan reads them. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

const READERS = ['admin', 'leader', 'reporter', 'deputy'] as const;

export const itemRoutes: SceneRoute[] = [
  {
    path: '/items',
    scene: lazy(() => import('./ItemsScene.tsx')),
    roles: READERS,
    nav: 'nav.items',
  },
  { path: '/items/:id', scene: lazy(() => import('../item/ItemScene.tsx')), roles: READERS },
];
