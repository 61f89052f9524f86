/** Terminal strings, zh-CN first; `--lang en` switches. */
import type { ItemStatus } from '../core/model.ts';

export type Lang = 'zh' | 'en';

const STATUS: Record<Lang, Record<ItemStatus, string>> = {
  zh: {
    completed: '已完成',
    on_track: '按序时',
    lagging: '滞后',
    severely_lagging: '严重滞后',
    unknown: '无法评估',
  },
  en: {
    completed: 'completed',
    on_track: 'on track',
    lagging: 'lagging',
    severely_lagging: 'severely lagging',
    unknown: 'unknown',
  },
};

export function statusName(lang: Lang, status: ItemStatus): string {
  return STATUS[lang][status];
}

export const TEXT = {
  zh: {
    period: (label: string, end: string) => `报告期 ${label}（截至 ${end}）`,
    asOf: (date: string) => `评估日期 ${date}`,
    expected: '序时进度',
    items: (found: number, declared: number | null) =>
      declared === null ? `共${found}项` : `共${found}项（标题声明${declared}项）`,
    summary: '评估汇总',
    discrepancies: (n: number) => `自报与数据不符（${n}项）`,
    noDiscrepancies: '未发现自报与数据不符的事项',
    allItems: '全部事项',
    warnings: (n: number) => `提示（${n}条）`,
    noIndicator: '无可量化指标',
    notStated: '未报数',
    achievedInWords: '文字表述已完成',
    claim: '自报',
    noCategory: '（无大类标题）',
    forecast: '按当前进度年底约',
    colon: '：',
    comma: '，',
    category: (ordinal: string | null, title: string) => (ordinal ? `${ordinal}、${title}` : title),
  },
  en: {
    period: (label: string, end: string) => `Period ${label} (to ${end})`,
    asOf: (date: string) => `assessed at ${date}`,
    expected: 'time elapsed',
    items: (found: number, declared: number | null) =>
      declared === null ? `${found} items` : `${found} items (heading declares ${declared})`,
    summary: 'Summary',
    discrepancies: (n: number) => `Reported on schedule, figures disagree (${n})`,
    noDiscrepancies: 'No item reports on schedule against its figures',
    allItems: 'All items',
    warnings: (n: number) => `Warnings (${n})`,
    noIndicator: 'no measurable indicator',
    notStated: 'not reported',
    achievedInWords: 'done (stated in words)',
    claim: 'reported',
    noCategory: '(untitled category)',
    forecast: 'year-end at this pace ≈ ',
    colon: ': ',
    comma: ', ',
    category: (ordinal: string | null, title: string) => (ordinal ? `${ordinal}. ${title}` : title),
  },
} as const;
