/**
 * Every word of the office app, gathered from each feature's messages file. A feature adds one
 * import and one entry below.
 */
import { accountMessages } from '../scenes/account/messages.ts';
import { auditMessages } from '../scenes/audit/messages.ts';
import { cockpitMessages } from '../scenes/cockpit/messages.ts';
import { commentMessages } from '../scenes/comments/messages.ts';
import { congressMessages } from '../scenes/congress/messages.ts';
import { contributionMessages } from '../scenes/contributions/messages.ts';
import { directoryMessages } from '../scenes/directory/messages.ts';
import { itemMessages } from '../scenes/item/messages.ts';
import { itemEditMessages } from '../scenes/item-edit/messages.ts';
import { itemsMessages } from '../scenes/items/messages.ts';
import { loginMessages } from '../scenes/login/messages.ts';
import { planMessages } from '../scenes/plans/messages.ts';
import { reportingMessages } from '../scenes/reporting/messages.ts';
import { reviewMessages } from '../scenes/review/messages.ts';
import { sessionsMessages } from '../scenes/sessions/messages.ts';
import { settingsMessages } from '../scenes/settings/messages.ts';
import { supervisionMessages } from '../scenes/supervision/messages.ts';
import { transferMessages } from '../scenes/transfer/messages.ts';
import { usersMessages } from '../scenes/users/messages.ts';
import { commonMessages } from './common.messages.ts';

const FEATURES = [
  commonMessages,
  planMessages,
  cockpitMessages,
  itemsMessages,
  itemMessages,
  reportingMessages,
  reviewMessages,
  transferMessages,
  directoryMessages,
  itemEditMessages,
  contributionMessages,
  supervisionMessages,
  commentMessages,
  loginMessages,
  accountMessages,
  usersMessages,
  sessionsMessages,
  auditMessages,
  settingsMessages,
  congressMessages,
] as const;

type Union<T> = (T extends unknown ? (x: T) => void : never) extends (x: infer I) => void
  ? I
  : never;
type Words = Union<(typeof FEATURES)[number]['zh']>;

export type MessageKey = keyof Words & string;

const gather = (lang: 'zh' | 'en') =>
  Object.assign({}, ...FEATURES.map((f) => f[lang])) as Record<MessageKey, string>;

export const zh = gather('zh');
export const en = gather('en');
