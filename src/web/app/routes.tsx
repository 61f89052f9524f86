/**
 * Every page of the office app: its URL, who may open it, and its place in the menu. A feature
 * keeps its scenes in scenes/<feature>/routes.ts and adds one spread below; the menu and each
 * role's start page follow from this table. Scenes load lazily, so a reporter's phone never
 * downloads the cockpit's charts.
 */
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Role } from '../api/types.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { accountRoutes } from '../scenes/account/routes.ts';
import { cockpitRoutes } from '../scenes/cockpit/routes.ts';
import { commentRoutes } from '../scenes/comments/routes.ts';
import { congressRoutes } from '../scenes/congress/routes.ts';
import { contributionRoutes } from '../scenes/contributions/routes.ts';
import { directoryRoutes } from '../scenes/directory/routes.ts';
import { itemEditRoutes } from '../scenes/item-edit/routes.ts';
import { itemRoutes } from '../scenes/items/routes.ts';
import { planRoutes } from '../scenes/plans/routes.ts';
import { reportingRoutes } from '../scenes/reporting/routes.ts';
import { reviewRoutes } from '../scenes/review/routes.ts';
import { supervisionRoutes } from '../scenes/supervision/routes.ts';
import { transferRoutes } from '../scenes/transfer/routes.ts';

export interface SceneRoute {
  path: string;
  scene: LazyExoticComponent<ComponentType>;
  /** Roles that may open it; the server still decides what each may see. */
  roles: readonly Role[];
  /** Its menu entry; pages reached only by links have none. */
  nav?: MessageKey;
}

/** In menu order: the first entry a role may open is where it starts. */
export const ROUTES: SceneRoute[] = [
  ...cockpitRoutes,
  ...reportingRoutes,
  ...itemRoutes,
  ...reviewRoutes,
  ...contributionRoutes,
  ...supervisionRoutes,
  ...commentRoutes,
  ...congressRoutes,
  ...transferRoutes,
  ...planRoutes,
  ...directoryRoutes,
  ...itemEditRoutes,
  ...accountRoutes,
];

/** The menu entries a role sees, in table order. */
export const navFor = (role: Role) => ROUTES.filter((r) => r.nav && r.roles.includes(role));

/** Where a role starts: its first menu entry. */
export const homeFor = (role: Role): string => navFor(role)[0]?.path ?? '/plans';
