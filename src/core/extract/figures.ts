/**
 * Figures of a progress text (进展情况) with what the words around each say of it: planned, in
 * progress, a sub-count, a printed completion percentage, and the words that name its thing.
 */
import { type Mention, type Prepared, prepareText, scanMentions } from './mentions.ts';
import { blankFigures, isNameless } from './nameless.ts';
import { withoutTitles } from './normalize.ts';
import {
  BARE_PERCENT_AFTER,
  COMPLETION_CUE,
  COMPLETION_PERCENT,
  CUMULATIVE,
  DISTRICT_BEFORE,
  DONE_STATUS_BEFORE,
  DONE_VERB,
  INCREMENT,
  PARTS,
  PLAN_CUE,
  PROGRESSING_CUE,
  STARTED_CUE,
  SUBSET,
  TARGET_BEFORE,
  TARGET_WORD,
  TOTAL_AFTER_INCREMENT,
  TOTAL_BEFORE,
  WHOLE_DONE_AFTER,
} from './rules.ts';
import { segmentEnd, segmentStart } from './segments.ts';
import { bigrams, contentLength } from './similarity.ts';

export interface Figure extends Mention {
  index: number;
  sentenceStart: number;
  /** The words that may name the figure's thing, 《》 titles removed. */
  context: string;
  grams: Set<string>;
  /** "拟公布第二批90项", "预计年底可惠及8万人". */
  planned: boolean;
  /** "在建10个", "…正按进度推进", "剩余17个未完成". */
  progressing: boolean;
  /** A word says the figure is achieved ("已", "完成", "截至"…). */
  achievedCue: boolean;
  /** "其中快检蔬菜254555批次", a per-district figure after the total. */
  subset: boolean;
  /** Index of the total a sub-count belongs to. */
  subsetOf: number | null;
  /** "分别为12、9、15个" before "共计36个". */
  part: boolean;
  /** "完成全年食品抽检任务84.55%", "82.5公里（55%）". */
  completionPercent: boolean;
  /** A percentage in brackets right after another figure: "82.5公里（55%）". */
  bracketed: boolean;
  /** "较去年增长238项". */
  increment: boolean;
  /** "已开工改造老旧小区30个": projects started, not finished. */
  started: boolean;
  /** A figure of the same unit follows in the same clause ("7家…已有2家"). */
  restatedBefore: boolean;
  /** Its words name no thing: "累计完成156.3公里", "竣工980户". */
  nameless: boolean;
  /** "已下达任务200公里": the target restated. */
  restatesTarget: boolean;
  /** "累计完成18个": a running total. */
  cumulative: boolean;
  /** "7家已全部建成": the figure said done as a whole. */
  wholeDone: boolean;
  /** "年度目标新投放2000辆": a target word before the figure in its clause, no done verb. */
  targetWordBefore: boolean;
  /** A running total of the same thing follows in the sentence: this figure is the increment. */
  superseded: boolean;
}

export interface ProgressReading {
  prepared: Prepared;
  figures: Figure[];
}

export function readProgress(progress: string): ProgressReading {
  const p = prepareText(progress);
  const mentions = scanMentions(p, progress);
  const blank = blankFigures(p.text, mentions);
  const figures = mentions.map((_m, i) => describe(p, blank, mentions, i));
  // "累计为75个旧楼加装电梯项目…，其中15个已完工": a sub-count names what its total names.
  for (const f of figures) {
    const total = f.subsetOf === null ? undefined : figures[f.subsetOf];
    if (total !== undefined) f.nameless = f.nameless && total.nameless;
    // "1-6月完成10个，累计完成18个": the increment gives way to the running total after it.
    f.superseded =
      !f.cumulative &&
      figures.some(
        (g) =>
          g.index > f.index &&
          g.sentenceStart === f.sentenceStart &&
          g.unit === f.unit &&
          g.cumulative,
      );
  }
  return { prepared: p, figures };
}

function describe(p: Prepared, blank: string, all: Mention[], i: number): Figure {
  const m = all[i] as Mention;
  const t = p.text;
  const sentenceStart = segmentStart(p.seg, m.start, 1);
  const sentenceEnd = segmentEnd(p.seg, m.end, 1);
  const clauseStart = segmentStart(p.seg, m.start, 2);
  const clauseEnd = segmentEnd(p.seg, m.end, 2);
  const inSentence = (k: number) => {
    const o = all[k];
    return o !== undefined && o.start >= sentenceStart && o.end <= sentenceEnd;
  };
  const prev = inSentence(i - 1) ? (all[i - 1] as Mention) : null;
  const next = inSentence(i + 1) ? (all[i + 1] as Mention) : null;
  const prevEnd = prev?.end ?? sentenceStart;
  const ownBefore = t.slice(Math.max(clauseStart, prevEnd), m.start);
  const clauseBefore = t.slice(clauseStart, m.start);
  const ownAfterEnd = next !== null && next.start < clauseEnd ? next.start : clauseEnd;
  const ownAfter = t.slice(m.end, ownAfterEnd);

  // Context before: back to the previous figure, further while that says nothing ("，现已完成").
  let k = i - 1;
  let from = prevEnd;
  while (contentLength(t.slice(from, m.start)) < 3 && k >= 0 && inSentence(k)) {
    from = k > 0 && inSentence(k - 1) ? (all[k - 1] as Mention).end : sentenceStart;
    k--;
  }
  // Context after: the clause, and the rest of the sentence when no other figure is in it.
  const restHasFigure = next !== null && next.start < sentenceEnd;
  // A remark in brackets right after a figure annotates it ("4500个（完成年度目标的90%）"); its
  // words do not name the figure's thing.
  const remark = t.slice(m.end, sentenceEnd).search(/^\s*[(（]/);
  const afterEnd = remark === 0 ? m.end : restHasFigure ? ownAfterEnd : sentenceEnd;
  const context = withoutTitles(`${t.slice(from, m.start)} ${t.slice(m.end, afterEnd)}`);

  const subsetAt = t.slice(sentenceStart, m.start).search(SUBSET);
  const earlierSameUnit = (limit: number) => {
    for (let j = i - 1; j >= 0 && inSentence(j); j--) {
      const o = all[j] as Mention;
      if (o.unit === m.unit && o.end <= limit) return j;
    }
    return null;
  };
  const subsetOf =
    (subsetAt >= 0 ? earlierSameUnit(sentenceStart + subsetAt) : null) ??
    (DISTRICT_BEFORE.test(ownBefore) ? earlierSameUnit(m.start) : null);
  let part = false;
  if (PARTS.test(clauseBefore)) {
    for (let j = i + 1; j < all.length && inSentence(j) && !part; j++) {
      const o = all[j] as Mention;
      const gap = t.slice((all[j - 1] as Mention).end, o.start);
      part = o.unit === m.unit && TOTAL_BEFORE.test(gap);
    }
  }
  const parenthesised =
    prev !== null && prev.unit !== '%' && /^\s*[(（]\s*$/.test(t.slice(prev.end, m.start));
  // "65%(受汛期影响进展偏慢)": nothing before it in its sentence, a reason or nothing after.
  const bare =
    m.unit === '%' &&
    contentLength(t.slice(sentenceStart, m.start)) === 0 &&
    BARE_PERCENT_AFTER.test(t.slice(m.end, sentenceEnd));
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    value: m.value,
    valueMax: m.valueMax,
    unit: m.unit,
    index: i,
    sentenceStart,
    context,
    grams: bigrams(context),
    planned: PLAN_CUE.test(clauseBefore),
    progressing: PROGRESSING_CUE.test(clauseBefore) || PROGRESSING_CUE.test(ownAfter),
    achievedCue:
      COMPLETION_CUE.test(t.slice(sentenceStart, m.start)) ||
      COMPLETION_CUE.test(ownAfter) ||
      DONE_STATUS_BEFORE.test(t.slice(Math.max(0, sentenceStart - 12), sentenceStart)),
    subset: subsetOf !== null,
    subsetOf,
    part,
    completionPercent:
      m.unit === '%' && (parenthesised || bare || COMPLETION_PERCENT.test(ownBefore)),
    bracketed: m.unit === '%' && parenthesised,
    increment: INCREMENT.test(ownBefore),
    started: STARTED_CUE.test(ownBefore),
    restatedBefore: next !== null && next.start < clauseEnd && next.unit === m.unit,
    nameless: isNameless(blank, {
      from,
      start: m.start,
      end: m.end,
      to: remark === 0 ? m.end : ownAfterEnd,
    }),
    restatesTarget: TARGET_BEFORE.test(ownBefore) && !DONE_VERB.test(ownBefore),
    cumulative:
      CUMULATIVE.test(clauseBefore) ||
      (prev !== null && prev.unit === m.unit && TOTAL_AFTER_INCREMENT.test(ownBefore)),
    wholeDone: WHOLE_DONE_AFTER.test(ownAfter),
    superseded: false,
    targetWordBefore: TARGET_WORD.test(ownBefore) && !DONE_VERB.test(ownBefore),
  };
}
