/** The office corrects an item's people and indicators. */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const itemEditRoutes: SceneRoute[] = [
  { path: '/items/:id/edit', scene: lazy(() => import('./ItemEditScene.tsx')), roles: ['admin'] },
];
