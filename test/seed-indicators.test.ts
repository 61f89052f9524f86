/**
 * Scores the indicators read from the reference table (the whole pipeline: table → items →
 * extraction) against the careful reading in ../shared/seed/*.truth.json: targets found,
 * actuals right, nothing invented.
 */
import { expect, it } from 'vitest';
import type { Indicator } from '../src/core/model.ts';
import { describeSeed, readSeedReading, readTruth, type TruthIndicator } from './seed.ts';

const items = readTruth().items;
const reading = readSeedReading();

/** The indicators Minsheng read for item `no`, through the whole pipeline from the table. */
function indicatorsOf(no: string): Indicator[] {
  return reading.items.find((item) => item.no === no)?.indicators ?? [];
}

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

function overlap(a: string, b: string): number {
  const pa = pairs(a);
  let n = 0;
  for (const g of pairs(b)) if (pa.has(g)) n++;
  return n;
}

/** The extracted indicator that reads the same target: same value and unit, closest words. */
function findMatch(
  expected: TruthIndicator,
  found: Indicator[],
  used: Set<Indicator>,
): Indicator | null {
  const same = found.filter(
    (ind) => !used.has(ind) && ind.target === expected.target && ind.unit === expected.unit,
  );
  same.sort((a, b) => overlap(b.what, expected.what) - overlap(a.what, expected.what));
  return same[0] ?? null;
}

function score() {
  const s = {
    targets: 0,
    expectedTargets: 0,
    actuals: 0,
    expectedActuals: 0,
    spurious: 0,
    misses: [] as string[],
  };
  for (const item of items) {
    const found = indicatorsOf(item.no);
    const numeric = found.filter((ind) => ind.kind !== 'milestone');
    const used = new Set<Indicator>();
    for (const expected of item.indicators) {
      const match = findMatch(expected, numeric, used);
      if (!expected.optional) s.expectedTargets++;
      if (match === null) {
        if (!expected.optional) {
          s.expectedActuals++;
          s.misses.push(`#${item.no} target ${expected.target}${expected.unit} ${expected.what}`);
        }
        continue;
      }
      used.add(match);
      if (!expected.optional) s.targets++;
      s.expectedActuals++;
      const right =
        match.actual === expected.actual || (expected.ambiguous === true && match.actual === null);
      if (right) s.actuals++;
      else
        s.misses.push(
          `#${item.no} actual of ${expected.what}: ${match.actual} ≠ ${expected.actual}`,
        );
    }
    s.spurious += numeric.filter((ind) => !used.has(ind)).length;
  }
  return s;
}

describeSeed('seed: Jiangmen 2020, January to September', () => {
  const s = score();
  console.log(
    `seed score: targets ${s.targets}/${s.expectedTargets}, actuals ${s.actuals}/${s.expectedActuals}, spurious ${s.spurious}`,
    s.misses.length > 0 ? `\n  ${s.misses.join('\n  ')}` : '',
  );

  it('finds every target', () => {
    expect(s.targets).toBe(s.expectedTargets);
  });

  it('reads every actual right', () => {
    expect(s.actuals).toBe(s.expectedActuals);
  });

  it('invents at most one target', () => {
    expect(s.spurious).toBeLessThanOrEqual(1);
  });

  it.each(['16', '20', '21'])('item %s, without a numeric target, yields no count', (no) => {
    const found = indicatorsOf(no);
    expect(found.filter((ind) => ind.kind !== 'milestone')).toEqual([]);
  });

  it('reads the printed completion percentage of the food checks', () => {
    const [checks] = indicatorsOf('7');
    expect(checks).toMatchObject({ target: 27370, actual: 23142, reportedPercent: 84.55 });
  });

  it('reads words-only completion of the poverty exit', () => {
    const [exit] = indicatorsOf('12');
    expect(exit).toMatchObject({ target: 100, unit: '%', actual: null, achieved: true });
  });
});
