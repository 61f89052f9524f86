/**
 * Accounts and administration: each administrator's pages (三权分立: users and settings for the
 * system administrator, sessions and lockouts for the security administrator, the audit log for
 * the auditor) and every signed-in user's own account, last in the menu.
 */
import { lazy } from 'react';
import type { SceneRoute } from '../../app/routes.tsx';
import { auditRoutes } from '../audit/routes.ts';
import { sessionsRoutes } from '../sessions/routes.ts';
import { settingsRoutes } from '../settings/routes.ts';
import { usersRoutes } from '../users/routes.ts';

export const accountRoutes: SceneRoute[] = [
  ...usersRoutes,
  ...sessionsRoutes,
  ...auditRoutes,
  ...settingsRoutes,
  {
    path: '/account',
    scene: lazy(() => import('./AccountScene.tsx')),
    roles: ['admin', 'leader', 'reporter', 'deputy', 'sysadmin', 'secadmin', 'auditor'],
    nav: 'nav.account',
  },
];
