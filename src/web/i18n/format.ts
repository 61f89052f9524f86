/**
 * Dates and numbers as readers expect them: 2024年9月30日, 3.1万人次, 12.6% in Chinese;
 * 30 Sep 2024, 31,000, 12.6% in English. The browser's Intl does the work.
 */
import { useMemo } from 'react';
import type { Lang } from '../../core/labels.ts';
import { useLang } from './i18n.tsx';

export interface Formats {
  /** An ISO date (YYYY-MM-DD) as a calendar date, whatever the viewer's time zone. */
  date: (iso: string | null | undefined) => string;
  /** An instant (ISO date-time) in the viewer's time zone, to the minute. */
  dateTime: (iso: string | null | undefined) => string;
  /** A figure, with 万/亿 in Chinese. */
  number: (n: number | null | undefined) => string;
  /** A figure and its unit: 3.1万人次. */
  figure: (n: number | null | undefined, unit: string) => string;
  /** A share (0.126) as a percentage: 12.6%. */
  percent: (x: number | null | undefined) => string;
}

const NONE = '—';

export function formatsFor(lang: Lang): Formats {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  const date = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const number = new Intl.NumberFormat(
    locale,
    lang === 'zh'
      ? { notation: 'compact', maximumFractionDigits: 2 }
      : { maximumFractionDigits: 2 },
  );
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const formats: Formats = {
    date: (iso) => (iso ? date.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : NONE),
    dateTime: (iso) => (iso ? dateTime.format(new Date(iso)) : NONE),
    number: (n) => (n === null || n === undefined ? NONE : number.format(n)),
    figure: (n, unit) => (n === null || n === undefined ? NONE : `${formats.number(n)}${unit}`),
    percent: (x) => (x === null || x === undefined ? NONE : percent.format(x)),
  };
  return formats;
}

/** The formats of the current language. */
export function useFormat(): Formats {
  const { lang } = useLang();
  return useMemo(() => formatsFor(lang), [lang]);
}
