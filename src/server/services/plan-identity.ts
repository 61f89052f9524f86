/**
 * What makes two tables the same plan: jurisdiction, year and the plan's own title. Tables of
 * different periods carry the period in their title ("…民生实事1-6月进展情况汇总表" and
 * "…1-9月…"), so the title is stripped of the period label and the report-form words.
 */
import type { PlanHeader } from '../../core/model.ts';

export interface PlanIdentity {
  jurisdiction: string;
  title: string;
  year: number;
}

const FORM_WORDS =
  /(?:工作)?(?:进展|推进|完成|落实)?情况(?:汇总表|统计表|一览表|表)?$|(?:汇总表|统计表|一览表)$/;

/**
 * Period words however a title writes them: "（截至2023年9月30日）", "1—9月", "一至九月",
 * "前三季度". The period's normalised label ("1-9月") is not always the printed one.
 */
const PERIOD_WORDS =
  /[（(]?截[至止][^）)]*[）)]?|[0-9一二三四五六七八九十]{1,3}\s*月?\s*[-—–~～至到－]\s*[0-9一二三四五六七八九十]{1,3}\s*月份?|上半年|下半年|前三季度|第?[一二三四1-4]季度/g;

/** Placeholder for tables whose title names no place. */
export const UNNAMED_JURISDICTION = '未注明';

export function planIdentity(plan: PlanHeader, jurisdiction?: string): PlanIdentity {
  let title = plan.title.trim();
  const label = plan.period?.label;
  if (label) {
    const at = title.lastIndexOf(label);
    if (at > 0) title = title.slice(0, at) + title.slice(at + label.length);
  }
  title =
    title
      .replace(PERIOD_WORDS, '')
      .trim()
      .replace(FORM_WORDS, '')
      .replace(/[（(]?$/, '')
      .trim() || plan.title.trim();
  const place = /^(.+?)(?:\d{4})年/.exec(title)?.[1]?.trim();
  return { jurisdiction: jurisdiction ?? (place || UNNAMED_JURISDICTION), title, year: plan.year };
}
