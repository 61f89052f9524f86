/**
 * Actuals: which figure of the progress text is the achieved value of which indicator. Every
 * (indicator, figure) pair that may hold is scored by the words they share; the best pairs win,
 * one figure per indicator and one indicator per figure.
 */
import type { Indicator } from '../model.ts';
import { markWordsOnlyCompletion } from './achieved.ts';
import { matchByAgreeingRate } from './agreeing-rate.ts';
import { countListedPlaces } from './enumerations.ts';
import { type Figure, readProgress } from './figures.ts';
import { matchSpanAndYear } from './multi-year.ts';
import { assignReportedPercents } from './reported-percent.ts';
import { isConfusable, STARTED_CUE } from './rules.ts';
import { compare, profileWhats, type WhatProfile } from './similarity.ts';
import { unitFit } from './units.ts';

interface Pair {
  indicator: number;
  figure: Figure;
  score: number;
}

/** Fill actual/actualText/reportedPercent/achieved of each indicator from the progress text. */
export function matchActuals(indicators: Indicator[], progress: string): Indicator[] {
  const out = indicators.map((ind) => ({
    ...ind,
    actual: null,
    actualText: null,
    reportedPercent: null,
    achieved: null,
  }));
  if (out.length === 0 || progress.trim() === '') return out;
  const reading = readProgress(progress);
  const profiles = profileWhats(out.map((ind) => ind.what));
  const scope = scopeOf(out);
  const pairs: Pair[] = [];
  out.forEach((ind, i) => {
    for (const figure of reading.figures) {
      const score = scorePair(ind, figure, {
        profile: profiles[i] as WhatProfile,
        alone: scope.alone[i] === true,
        onlyCountOf: scope.onlyCountOf,
      });
      if (score !== null) pairs.push({ indicator: i, figure, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.figure.start - b.figure.start);
  const assigned = new Map<number, Figure>();
  const used = new Set<number>();
  for (const pair of pairs) {
    if (assigned.has(pair.indicator) || used.has(pair.figure.index)) continue;
    assigned.set(pair.indicator, pair.figure);
    used.add(pair.figure.index);
    const ind = out[pair.indicator] as Indicator;
    const fraction = doneOfTotal(reading.prepared.text, pair.figure);
    ind.actual = fraction ?? pair.figure.value;
    ind.actualText =
      fraction === null ? pair.figure.text.trim() : `${fraction}/${pair.figure.text.trim()}`;
  }
  matchSpanAndYear(out, reading.figures);
  matchByAgreeingRate(out, reading.figures, used);
  assignReportedPercents(out, profiles, reading.figures, assigned);
  countListedPlaces(out, profiles, reading.prepared.text);
  markWordsOnlyCompletion(out, profiles, reading.prepared.text);
  return out;
}

/** Score of reading `figure` as the actual of `ind`; null when it cannot be. */
function scorePair(ind: Indicator, figure: Figure, about: About): number | null {
  if (ind.kind === 'milestone' || ind.target === null) return null;
  if (figure.completionPercent || figure.planned || figure.progressing || figure.part) return null;
  if (figure.superseded) return null;
  const fit = unitFit(ind.unit, figure.unit);
  if (fit === 0) return null;
  const count = ind.kind === 'count';
  if (count && (!figure.achievedCue || figure.restatesTarget)) return null;
  // "目前7家区域性养老服务中心已有2家完成建设": the 7 restates the target.
  if (count && figure.value === ind.target && figure.restatedBefore) return null;
  // "7家已全部建成": the target said done as a whole is achieved in words (achieved.ts).
  if (count && figure.value === ind.target && figure.wholeDone) return null;
  // "年度目标新投放2000辆，已投放1350辆": the target said again in the report.
  if (count && figure.value === ind.target && figure.targetWordBefore) return null;
  if (isConfusable(ind.what, figure.context)) return null;
  if (figure.started && !STARTED_CUE.test(ind.what)) return null;
  const { recall, precision, distinct } = compare(about.profile, figure.grams);
  const base = 0.75 * recall + 0.25 * precision;
  const equal = !count && figure.value === ind.target;
  const alone = about.alone;
  const strong = recall >= 0.35 && base >= 0.4;
  // A level ("农村不低于低保标准的60%") is named by few words; one of its own is enough.
  const weak = !count && recall >= 0.15 && (equal || alone || distinct > 0);
  // "已于7月起按每人每年1500元标准发放": the one level of its unit, stated as promised.
  const level = !count && alone && fit === 1 && (equal || figure.nameless);
  // "2.46万人" against "3万名": a unit of the same family counts as the one unit.
  const lone = count && fit >= 0.8 && about.onlyCountOf(figure.unit);
  // The one count of its unit: "累计完成156.3公里" names nothing; "已为1.32万名老人完成体检" and
  // "已完成培训任务3000人" name little, and that little is the indicator's.
  // Chinese names end in their head noun: "新增城市绿道" against "累计建成绿道21.5公里".
  const headNamed = figure.grams.has(ind.what.slice(-2));
  const loneNamed = lone && (figure.nameless || headNamed || (precision >= 0.5 && recall > 0));
  if (!(strong || weak || level || loneNamed)) return null;
  if (fit < 1 && base < 0.6 && !loneNamed) return null;
  const cumulative = figure.cumulative ? 0.05 : 0;
  if (loneNamed && !strong) return 0.3 + cumulative - (figure.subset ? 0.2 : 0);
  const incrementWanted = /^(?:增加|新增|净增)/.test(ind.what);
  return (
    base +
    (equal ? 0.3 : 0) -
    (figure.subset ? 0.2 : 0) -
    (1 - fit) * 0.5 +
    (incrementWanted && figure.increment ? 0.2 : 0) +
    cumulative
  );
}

/** What scoring needs to know of one indicator besides itself. */
interface About {
  profile: WhatProfile;
  /** The only numeric indicator of its unit. */
  alone: boolean;
  onlyCountOf: (unit: string) => boolean;
}

/** What the other indicators of the item leave to each: computed once, not for every pair. */
interface Scope {
  /** The indicator is the only numeric one of its unit. */
  alone: boolean[];
  /** Exactly one count indicator of the item could be counted in `unit`. */
  onlyCountOf: (unit: string) => boolean;
}

function scopeOf(all: Indicator[]): Scope {
  const numeric = new Map<string, number>();
  for (const o of all)
    if (o.kind !== 'milestone') numeric.set(o.unit, (numeric.get(o.unit) ?? 0) + 1);
  const counts = all.filter((o) => o.kind === 'count');
  const only = new Map<string, boolean>();
  return {
    alone: all.map((o) => o.kind !== 'milestone' && numeric.get(o.unit) === 1),
    onlyCountOf: (unit) => {
      let known = only.get(unit);
      if (known === undefined) {
        // One indicator in the very unit decides; a family ("个" beside "所") only without one.
        const exact = counts.filter((o) => o.unit === unit).length;
        known =
          exact === 1 ||
          (exact === 0 && counts.filter((o) => unitFit(o.unit, unit) > 0).length === 1);
        only.set(unit, known);
      }
      return known;
    },
  };
}

const DONE_OF = /(\d+(?:\.\d+)?)\s*\/\s*$/;

/**
 * "已完成12/15个": the figure read is the total; the number before the slash is what was done.
 * Only when it is not more than the total (a slash also writes dates and rates).
 */
function doneOfTotal(text: string, figure: Figure): number | null {
  const match = DONE_OF.exec(text.slice(Math.max(0, figure.start - 12), figure.start));
  if (!match?.[1]) return null;
  const done = Number(match[1]);
  const total = Number.parseFloat(figure.text);
  if (!Number.isFinite(done) || !(total > 0) || done > total) return null;
  // "1.2/1.5万人": the multiplier of the total applies to both.
  return Math.round(done * (figure.value / total) * 1e6) / 1e6;
}
