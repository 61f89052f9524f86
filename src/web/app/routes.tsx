/**
 * Every page of the office app: its URL, who may open it, and its place in the menu. A feature
 * adds its scenes here; the menu and the start page follow from this table. Scenes load lazily,
 * so a reporter's phone never downloads the cockpit's charts.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../api/types.ts';
import type { MessageKey } from '../i18n/messages.zh.ts';

export interface SceneRoute {
  path: string;
  scene: LazyExoticComponent<ComponentType>;
  /** Roles that may open it; the server still decides what each may see. */
  roles: readonly Role[];
  /** Its menu entry; pages reached only by links have none. */
  nav?: MessageKey;
}

const OFFICE: readonly Role[] = ['admin'];
const EVERYONE: readonly Role[] = [
  'admin',
  'sysadmin',
  'secadmin',
  'auditor',
  'leader',
  'reporter',
  'deputy',
];

export const ROUTES: SceneRoute[] = [
  {
    path: '/plans',
    scene: lazy(() => import('../scenes/PlansScene.tsx')),
    roles: [...OFFICE, 'leader', 'reporter', 'deputy'],
    nav: 'nav.plans',
  },
];

/** The menu entries a role sees, in table order. */
export const navFor = (role: Role) => ROUTES.filter((r) => r.nav && r.roles.includes(role));

/** Where a role starts: its first menu entry. */
export const homeFor = (role: Role): string => navFor(role)[0]?.path ?? '/plans';

export const ALL_ROLES = EVERYONE;
