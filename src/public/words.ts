/**
 * The public site's words in Chinese and English, in tables per part of the site. Citizens read
 * Chinese; the English page (`?lang=en`) serves visitors. `defineWords` makes the compiler check
 * that every word has both.
 */
import type { Lang } from '../core/labels.ts';

type Table = Record<string, Record<Lang, string>>;

/** A table of words and its lookup: `w('key', lang)`. */
export const defineWords =
  <T extends Table>(table: T) =>
  (key: keyof T, lang: Lang): string =>
    table[key]?.[lang] ?? String(key);

/** Fills `{name}` placeholders. */
export const fill = (text: string, vars: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));

export const word = defineWords({
  siteName: { zh: '民生实事公开', en: 'Livelihood commitments' },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  navPlans: { zh: '年度计划', en: 'Plans' },
  navOpenData: { zh: '开放数据', en: 'Open data' },
  navTrack: { zh: '留言查询', en: 'Track a comment' },
  navPropose: { zh: '建议征集', en: 'Propose' },
  switchLang: { zh: 'English', en: '中文' },
  breadcrumb: { zh: '当前位置', en: 'You are here' },
  home: { zh: '首页', en: 'Home' },
  footer: {
    zh: '本站内容来自各责任单位填报、经督查部门审核后发布的进展情况。',
    en: 'Progress reported by the responsible units and published after review by the supervision office.',
  },
  noPlans: { zh: '暂无已发布的计划。', en: 'Nothing has been published yet.' },
  planLine: {
    zh: '{count}项 · 截至{end}（{period}）',
    en: '{count} items · to {end} ({period})',
  },
  updated: { zh: '更新于{date}', en: 'Updated {date}' },
  notFoundTitle: { zh: '页面不存在', en: 'Page not found' },
  notFoundBody: {
    zh: '您要找的页面不存在，或尚未公开。',
    en: 'The page you are looking for does not exist or has not been published.',
  },
  errorTitle: { zh: '无法完成', en: 'That did not work' },
  backHome: { zh: '返回首页', en: 'Back to the start' },
});
