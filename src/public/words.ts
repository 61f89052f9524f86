/**
 * The public site's own words in Chinese and English. Citizens read Chinese; the English page
 * (`?lang=en`) serves visitors and the English switch the office app has too.
 */
import type { Lang } from '../core/labels.ts';

export const PUBLIC_WORDS = {
  siteName: { zh: '民生实事公开', en: 'Livelihood commitments' },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  navPlans: { zh: '年度计划', en: 'Plans' },
  switchLang: { zh: 'English', en: '中文' },
  footer: {
    zh: '本站内容来自各责任单位填报、经督查部门审核后发布的进展情况。',
    en: 'Progress reported by the responsible units and published after review by the supervision office.',
  },
  noPlans: { zh: '暂无已发布的计划。', en: 'Nothing has been published yet.' },
  items: { zh: '项', en: 'items' },
} as const satisfies Record<string, Record<Lang, string>>;

export type PublicWord = keyof typeof PUBLIC_WORDS;

/** The word in the page's language. */
export const word = (key: PublicWord, lang: Lang): string => PUBLIC_WORDS[key][lang];
