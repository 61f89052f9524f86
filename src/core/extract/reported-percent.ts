/**
 * Printed completion percentages ("完成全年食品抽检任务84.55%", "82.5公里（55%）", "完成率73.3%")
 * go to the indicator they speak of: the figure in front of the brackets, the one actual of
 * the same sentence, or the one count indicator whose words the sentence holds.
 */
import type { Indicator } from '../model.ts';
import type { Figure } from './figures.ts';
import { bigrams, compare, type WhatProfile } from './similarity.ts';

export function assignReportedPercents(
  out: Indicator[],
  profiles: WhatProfile[],
  figures: Figure[],
  assigned: Map<number, Figure>,
): void {
  const owner = new Map<number, number>();
  for (const [ind, fig] of assigned) owner.set(fig.index, ind);
  for (const fig of figures) {
    if (!fig.completionPercent) continue;
    const target = ownerOf(fig, out, profiles, figures, owner);
    if (target === null) continue;
    const ind = out[target] as Indicator;
    if (ind.reportedPercent === null) ind.reportedPercent = fig.value;
  }
}

function ownerOf(
  fig: Figure,
  out: Indicator[],
  profiles: WhatProfile[],
  figures: Figure[],
  owner: Map<number, number>,
): number | null {
  const previous = figures[fig.index - 1];
  if (fig.bracketed && previous !== undefined) {
    const ind = owner.get(previous.index);
    if (ind !== undefined) return ind;
  }
  const inSentence = new Set<number>();
  for (const f of figures) {
    const ind = owner.get(f.index);
    if (ind !== undefined && f.sentenceStart === fig.sentenceStart && f.start < fig.start)
      inSentence.add(ind);
  }
  // "宫颈癌…42116例、乳腺癌筛查42440例，完成总任务数99.7%": one percentage for two counts.
  if (inSentence.size > 1) return null;
  if (inSentence.size === 1) return [...inSentence][0] as number;
  const counts = out.map((ind, i) => ({ ind, i })).filter(({ ind }) => ind.kind === 'count');
  const grams = bigrams(fig.context);
  let best: number | null = null;
  let bestRecall = 0.4;
  for (const { i } of counts) {
    const { recall } = compare(profiles[i] as WhatProfile, grams);
    if (recall >= bestRecall) {
      best = i;
      bestRecall = recall;
    }
  }
  if (best !== null) return best;
  return counts.length === 1 ? (counts[0]?.i ?? null) : null;
}
