/**
 * The words every screen, page and document uses for Minsheng's codes, in Chinese and English:
 * one place, so the office app, the public site and the exports never name a status differently.
 */
import type { ItemStatus, StatusClaim } from './model.ts';

export type Lang = 'zh' | 'en';

export const STATUS_WORDS: Record<ItemStatus, Record<Lang, string>> = {
  completed: { zh: '已完成', en: 'Completed' },
  on_track: { zh: '按序时推进', en: 'On track' },
  lagging: { zh: '滞后', en: 'Lagging' },
  severely_lagging: { zh: '严重滞后', en: 'Severely lagging' },
  unknown: { zh: '无法评估', en: 'Not measurable' },
};

export const CLAIM_WORDS: Record<StatusClaim, Record<Lang, string>> = {
  completed: { zh: '已完成', en: 'Completed' },
  ahead: { zh: '超序时', en: 'Ahead of schedule' },
  on_schedule: { zh: '按进度', en: 'On schedule' },
  in_progress: { zh: '正在推进', en: 'In progress' },
  lagging: { zh: '滞后', en: 'Lagging' },
  not_started: { zh: '未开工', en: 'Not started' },
  no_task: { zh: '无任务', en: 'No task this period' },
};

/** The statuses in the order a reader scans them: done first, worst last, unknown apart. */
export const STATUS_ORDER: readonly ItemStatus[] = [
  'completed',
  'on_track',
  'lagging',
  'severely_lagging',
  'unknown',
];
