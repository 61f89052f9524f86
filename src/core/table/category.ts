/** A category cell: "一、提高\n医疗卫生服务水平" → ordinal "一", title "提高医疗卫生服务水平". */
import type { Category } from '../model.ts';

const ORDINAL = /^\s*([一二三四五六七八九十百]+|[0-9]+)\s*[、.．：:]\s*/;

export function readCategory(text: string): Category {
  const joined = text
    .split('\n')
    .map((l) => l.trim())
    .join('');
  const match = ORDINAL.exec(joined);
  const title = (match ? joined.slice(match[0].length) : joined).trim();
  return { ordinal: match?.[1] ?? null, title: title || null };
}

/** A row that holds only a category heading ("一、医疗卫生" spanning the table). */
export function looksLikeCategoryHeading(text: string): boolean {
  const t = text.trim();
  return (
    ORDINAL.test(t) && /^[一二三四五六七八九十百]/.test(t) && t.length <= 40 && !/[。；]/.test(t)
  );
}
