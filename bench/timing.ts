/**
 * Timing helpers shared by the benchmarks. A single run says little on a shared 2-core machine,
 * so every case runs several times and is printed as its median with the spread (lowest–highest)
 * of the runs, and every ratio is taken round by round against a baseline timed in the same round.
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** Wall-clock timings in milliseconds, after one warm-up run. */
export function time(fn: () => unknown, rounds: number): number[] {
  fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Milliseconds per call of a fast function: called in batches that double until one batch takes
 * at least `minMs`, so a 10 µs baseline is not lost in the timer's and scheduler's noise.
 */
export function perCall(fn: () => unknown, minMs = 2): number {
  for (let calls = 1; ; calls *= 2) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) fn();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (ms >= minMs || calls >= 2 ** 20) return ms / calls;
  }
}

/** Median and spread of a set of runs. */
export interface Spread {
  median: number;
  low: number;
  high: number;
  runs: number;
}

export function spread(values: number[]): Spread {
  return {
    median: median(values),
    low: Math.min(...values),
    high: Math.max(...values),
    runs: values.length,
  };
}

const digits = (x: number) => (x >= 100 ? 0 : x >= 10 ? 1 : x >= 1 ? 2 : 3);

/** "12.3 ms (11.9–14.0, 7 runs)". */
export function formatMs(s: Spread): string {
  const d = digits(s.median);
  return `${s.median.toFixed(d)} ms (${s.low.toFixed(d)}–${s.high.toFixed(d)}, ${s.runs} runs)`;
}

/** "×96 (88–104)". */
export function formatRatio(s: Spread): string {
  const d = s.median >= 10 ? 0 : s.median >= 1 ? 1 : 2;
  return `×${s.median.toFixed(d)} (${s.low.toFixed(d)}–${s.high.toFixed(d)})`;
}

/**
 * A case against its baselines, round by round: each round times the case once and each
 * baseline `baselineRepeats` times (median of batched calls, see perCall), right after, so a busy
 * moment on the machine weighs on both sides of the ratio of that round. Returns the case's times and one ratio series per baseline.
 */
export function versus(
  subject: () => unknown,
  baselines: Record<string, () => unknown>,
  rounds: number,
  baselineRepeats = 3,
): { subject: Spread; baselines: Record<string, Spread>; ratios: Record<string, Spread> } {
  subject();
  for (const fn of Object.values(baselines)) fn();
  const times: number[] = [];
  const names = Object.keys(baselines);
  const baseTimes: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const ratios: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    subject();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    times.push(ms);
    for (const [name, fn] of Object.entries(baselines)) {
      const base = median(Array.from({ length: baselineRepeats }, () => perCall(fn)));
      baseTimes[name]?.push(base);
      ratios[name]?.push(ms / base);
    }
  }
  const mapSpread = (record: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(record).map(([name, values]) => [name, spread(values)]));
  return { subject: spread(times), baselines: mapSpread(baseTimes), ratios: mapSpread(ratios) };
}

/** The machine the figures come from: they mean nothing without it. */
export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  return (
    `${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, ` +
    `Node ${process.version}, ${process.platform}/${process.arch}, load average ${load}`
  );
}
