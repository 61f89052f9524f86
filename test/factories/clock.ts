/** A clock tests move by hand: lockout windows, idle sessions and due dates pass without waiting. */
import type { Clock } from '../../src/server/db/clock.ts';

export interface TestClock extends Clock {
  /** Moves the clock to `iso`. */
  set: (iso: string) => void;
  /** Moves the clock forward. */
  advance: (minutes: number) => void;
}

/** A clock standing at `iso` (now by default, as stored passwords are dated) until moved. */
export function testClock(iso = new Date().toISOString()): TestClock {
  let current = Date.parse(iso);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = Date.parse(next);
    },
    advance: (minutes) => {
      current += minutes * 60_000;
    },
  };
}
