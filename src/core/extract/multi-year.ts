/**
 * A target over several years beside this year's share of it, both in the same unit:
 * task "2021—2025年累计改造农村公路500公里，2023年改造120公里", progress "2023年已改造农村公路64
 * 公里，2021年以来累计改造318公里". The running total is the actual of the span's target, the
 * year's figure the actual of the year's; neither is the other's increment.
 */
import type { Indicator } from '../model.ts';
import type { Figure } from './figures.ts';

const SPAN = /(?:19|20)\d{2}\s*(?:年)?\s*[-—–－~～至到]\s*(?:(?:19|20)?\d{2})\s*年|累计/;

export function matchSpanAndYear(out: Indicator[], figures: Figure[]): void {
  const counts = out.filter((i) => i.kind === 'count' && i.target !== null);
  const span = counts.filter((i) => SPAN.test(i.what));
  if (span.length !== 1) return;
  const whole = span[0] as Indicator;
  const year = counts.filter((i) => i !== whole && i.unit === whole.unit);
  if (year.length !== 1) return;
  const share = year[0] as Indicator;
  const usable = figures.filter(
    (f) => f.unit === whole.unit && f.achievedCue && !f.planned && !f.progressing && !f.part,
  );
  const total = usable.filter((f) => f.cumulative);
  const own = usable.filter((f) => !f.cumulative && !f.subset);
  if (total.length !== 1 || own.length !== 1) return;
  const [t, o] = [total[0] as Figure, own[0] as Figure];
  Object.assign(whole, { actual: t.value, actualText: t.text.trim() });
  Object.assign(share, { actual: o.value, actualText: o.text.trim() });
}
