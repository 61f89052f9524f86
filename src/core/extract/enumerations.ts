/**
 * A count of places stated as their list: target "在三个区试点推行…", progress "在蓬江区、江海区、
 * 新会区试点推行…" → 3.
 */
import type { Indicator } from '../model.ts';
import { withoutTitles } from './normalize.ts';
import { COMPLETION_CUE, PLAN_CUE } from './rules.ts';
import { execAll } from './scan.ts';
import { bigrams, compare, type WhatProfile } from './similarity.ts';

const PLACE_UNIT = /^个(区|县|镇|乡|街道)$/;
const SENTENCES = /[^。；;！!？?\n]+/g;

export function countListedPlaces(out: Indicator[], profiles: WhatProfile[], text: string): void {
  out.forEach((ind, i) => {
    const place = PLACE_UNIT.exec(ind.unit)?.[1];
    if (place === undefined || ind.actual !== null) return;
    const list = new RegExp(
      `[\\u4e00-\\u9fff]{1,4}${place}(?:[、和及与][\\u4e00-\\u9fff]{1,4}${place})+`,
    );
    for (const m of execAll(SENTENCES, text)) {
      const sentence = withoutTitles(m[0]);
      if (!COMPLETION_CUE.test(sentence) || PLAN_CUE.test(sentence)) continue;
      const found = list.exec(sentence);
      if (found === null) continue;
      if (compare(profiles[i] as WhatProfile, bigrams(sentence)).recall < 0.35) continue;
      ind.actual = found[0].split(/[、和及与]/).length;
      ind.actualText = found[0].replace(/^[在对于]/, '');
      return;
    }
  });
}
