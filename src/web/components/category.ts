/** A category as printed: "一、提升基层医疗服务能力", or a note when the table lost its title. */
import type { useT } from '../i18n/i18n.tsx';

export function categoryName(
  t: ReturnType<typeof useT>,
  category: { ordinal: string | null; title: string | null },
): string {
  if (!category.title) return t('category.untitled');
  return category.ordinal ? `${category.ordinal}、${category.title}` : category.title;
}
