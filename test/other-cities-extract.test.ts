/**
 * Task and progress sentences in the ways other cities write them, each with the target and the
 * actual a careful reader finds (written for the project; `minsheng extract`'s input format plus
 * an `expect` list of [target, actual] per indicator).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLine } from '../src/core/extract-line.ts';

interface Case {
  id: string;
  task: string;
  progress: string;
  asOf: string;
  expect: [number, number | null][];
}

const cases = readFileSync('test/fixtures/other-cities/extract.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Case);

describe('other cities: targets and actuals', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const read = extractLine(c, c.asOf);
    expect(read.indicators.map((i) => [i.target, i.actual])).toEqual(c.expect);
  });
});
