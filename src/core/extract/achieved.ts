/**
 * Completion said in words only: "我市建档立卡贫困户已全部达到“八有”标准，实现脱贫退出",
 * "已实现…居住证业务全程网上办理". Sets `achieved` of an indicator the progress gives no figure for.
 */
import type { Indicator } from '../model.ts';
import { withoutTitles } from './normalize.ts';
import { FULL_DONE, HEDGE, ITEM_DONE, MILESTONE_DONE, PLAN_CUE } from './rules.ts';
import { execAll } from './scan.ts';
import { bigrams, compare, type WhatProfile } from './similarity.ts';

const SENTENCES = /[^。；;！!？?\n]+/g;

export function markWordsOnlyCompletion(
  out: Indicator[],
  profiles: WhatProfile[],
  text: string,
): void {
  if (out.every((ind) => ind.actual !== null)) return;
  const sentences = execAll(SENTENCES, text).map((m) => withoutTitles(m[0]));
  const grams = sentences.map(bigrams);
  const itemDone = sentences.some(
    (s) => ITEM_DONE.test(s.trim()) && !/[0-9０-９]/.test(s) && !HEDGE.test(s),
  );
  out.forEach((ind, i) => {
    if (itemDone && ind.actual === null) {
      ind.achieved = true;
      return;
    }
    if (ind.actual !== null) return;
    const milestone = ind.kind === 'milestone';
    const done = milestone ? MILESTONE_DONE : FULL_DONE;
    const needed = milestone ? 0.5 : 0.4;
    sentences.forEach((sentence, s) => {
      if (ind.achieved === true) return;
      if (!done.test(sentence) || HEDGE.test(sentence) || PLAN_CUE.test(sentence)) return;
      const { recall } = compare(profiles[i] as WhatProfile, grams[s] as Set<string>);
      // "7家已全部建成并投入运营": the target itself, said done, names the indicator.
      const unitHead = ind.unit.split('/')[0] ?? '';
      const restated =
        ind.target !== null && unitHead !== '' && sentence.includes(`${ind.target}${unitHead}`);
      if (recall >= needed || (restated && !milestone)) ind.achieved = true;
    });
  });
}
