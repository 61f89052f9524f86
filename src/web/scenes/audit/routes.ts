/** The audit log: the auditor's page (the office reads its business part too). */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';

export const auditRoutes: SceneRoute[] = [
  {
    path: '/audit',
    scene: lazy(() => import('./AuditScene.tsx')),
    roles: ['auditor', 'admin'],
    nav: 'nav.audit',
  },
];
