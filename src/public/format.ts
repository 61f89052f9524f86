/**
 * How the public pages write dates, percentages and figures. Timestamps are shown in China's
 * time zone, where the commitments are made and read; dates of periods are calendar dates.
 */
import type { Lang } from '../core/labels.ts';

const TIME_ZONE = 'Asia/Shanghai';

/** 2024-09-30 → 2024年9月30日 / 30 September 2024 (as GOV.UK writes dates). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** An instant (ISO timestamp) as its date in China. */
export function formatInstant(iso: string, lang: Lang): string {
  const local = new Date(iso).toLocaleDateString('sv-SE', { timeZone: TIME_ZONE });
  return formatDate(local, lang);
}

/** 0.7486 → 75%; null → —. */
export const formatPercent = (share: number | null): string =>
  share === null ? '—' : `${Math.round(share * 100)}%`;

/** 81.661 → 81.661, 36000 → 36,000 (zh) / 36,000 (en). */
export const formatNumber = (value: number, lang: Lang): string =>
  value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 3 });
