/**
 * Every word of the office app, gathered from each feature's messages file. A feature adds one
 * import and one entry below.
 */
import { contributionMessages } from '../scenes/contributions/messages.ts';
import { planMessages } from '../scenes/plans/messages.ts';
import { supervisionMessages } from '../scenes/supervision/messages.ts';
import { commonMessages } from './common.messages.ts';

const FEATURES = [commonMessages, planMessages, contributionMessages, supervisionMessages] as const;

type Union<T> = (T extends unknown ? (x: T) => void : never) extends (x: infer I) => void
  ? I
  : never;
type Words = Union<(typeof FEATURES)[number]['zh']>;

export type MessageKey = keyof Words & string;

const gather = (lang: 'zh' | 'en') =>
  Object.assign({}, ...FEATURES.map((f) => f[lang])) as Record<MessageKey, string>;

export const zh = gather('zh');
export const en = gather('en');
