/** A clock tests set by hand: nothing waits for time to pass. */
import type { Clock } from '../../src/server/db/clock.ts';

export interface TestClock extends Clock {
  /** Moves the clock to `iso`. */
  set: (iso: string) => void;
}

export function testClock(iso: string): TestClock {
  let current = new Date(iso);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
  };
}
