/**
 * The title of one period's summary table. An imported period keeps the title its table came
 * with; a period opened in Minsheng has none, so it is titled as such tables are, from the
 * plan's title and the period's label (示例市2024年十件民生实事1-10月进展情况汇总表): without
 * the label an export or a circular would not say which period it is about.
 */
export function periodTableTitle(
  planTitle: string,
  period: { label: string; sourceTitle: string | null },
): string {
  if (period.sourceTitle) return period.sourceTitle;
  if (planTitle.includes(period.label)) return planTitle;
  return `${planTitle.replace(/(进展情况)?汇总表$/, '')}${period.label}进展情况汇总表`;
}
