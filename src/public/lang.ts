/** The page language from `?lang=en`; Chinese otherwise. */
import type { Lang } from '../core/labels.ts';

export const langOf = (query: unknown): Lang =>
  (query as { lang?: unknown } | undefined)?.lang === 'en' ? 'en' : 'zh';
