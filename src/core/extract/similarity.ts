/**
 * How well the words around a figure name an indicator's `what`: shared character pairs
 * (bigrams), each weighted by how few of the item's indicators contain it, so "政务服务事项",
 * common to four indicators, counts less than "全城通办", which names one.
 */
import { MATCH_STOPWORDS } from './rules.ts';
import { execAll } from './scan.ts';

const CONTENT = /[\u4e00-\u9fffA-Za-z0-9+]+/g;

/** Character pairs of the meaningful runs of a text. */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  const cleaned = text.replace(MATCH_STOPWORDS, ' ').replace(/\d+(?:\.\d+)?/g, ' ');
  for (const m of execAll(CONTENT, cleaned)) {
    const run = m[0];
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

/** Meaningful characters of a text (what is left after the stopwords). */
export function contentLength(text: string): number {
  let n = 0;
  for (const m of execAll(CONTENT, text.replace(MATCH_STOPWORDS, ' '))) n += m[0].length;
  return n;
}

export interface WhatProfile {
  grams: Set<string>;
  weights: Map<string, number>;
  total: number;
}

/** Profiles of several `what`s, each bigram weighted 1 / (number of whats holding it). */
export function profileWhats(whats: string[]): WhatProfile[] {
  const sets = whats.map(bigrams);
  const df = new Map<string, number>();
  for (const set of sets) for (const g of set) df.set(g, (df.get(g) ?? 0) + 1);
  return sets.map((grams) => {
    const weights = new Map<string, number>();
    let total = 0;
    for (const g of grams) {
      const w = 1 / (df.get(g) ?? 1);
      weights.set(g, w);
      total += w;
    }
    return { grams, weights, total };
  });
}

export interface Similarity {
  /** Weighted share of the what's bigrams found in the context. */
  recall: number;
  /** Share of the context's bigrams that belong to the what. */
  precision: number;
  /** Shared bigrams that no other indicator of the item has ("农村" against "城镇"). */
  distinct: number;
}

export function compare(profile: WhatProfile, context: Set<string>): Similarity {
  if (profile.total === 0 || context.size === 0) return { recall: 0, precision: 0, distinct: 0 };
  let shared = 0;
  let count = 0;
  let distinct = 0;
  for (const g of context) {
    const w = profile.weights.get(g);
    if (w === undefined) continue;
    shared += w;
    count++;
    if (w === 1) distinct++;
  }
  return { recall: shared / profile.total, precision: count / context.size, distinct };
}
