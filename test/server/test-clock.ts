/** A clock tests move by hand: lockout windows and idle timeouts pass without waiting. */
import type { Clock } from '../../src/server/db/clock.ts';

export interface TestClock {
  clock: Clock;
  /** Moves time forward. */
  advance: (minutes: number) => void;
  now: () => Date;
}

/** A clock standing at `start` (now by default, as stored passwords are dated) until advanced. */
export function testClock(start = new Date().toISOString()): TestClock {
  let t = Date.parse(start);
  const now = () => new Date(t);
  return {
    clock: { now },
    now,
    advance: (minutes) => {
      t += minutes * 60_000;
    },
  };
}
