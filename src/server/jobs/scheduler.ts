/**
 * Runs the due work inside `minsheng serve`: a timer that calls `runDueWork` every interval,
 * never two rounds at once in one process (other processes are kept apart by the database).
 */
import { type DueWorkDeps, runDueWork } from './due-work.ts';

export interface Scheduler {
  stop: () => Promise<void>;
}

/** Starts the timer (the first round right away); `stop` waits for a round in progress. */
export function startScheduler(
  deps: DueWorkDeps & { intervalMs: number; onError: (error: unknown) => void },
): Scheduler {
  let running: Promise<void> | null = null;
  const round = () => {
    if (running) return;
    running = runDueWork(deps)
      .then(() => undefined, deps.onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(round, deps.intervalMs);
  timer.unref();
  round();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
