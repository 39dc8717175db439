/**
 * Runs the safety sweep (store/safety/safety-sweep.ts) on a timer inside the server process:
 * once shortly after start, then every `intervalMinutes`. A sweep never overlaps the previous
 * one, and a failing sweep is logged, not fatal — the next tick tries again.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../../store/open-store.ts';
import { type SafetySweepResult, sweepSafetyAlerts } from '../../store/safety/safety-sweep.ts';

export interface SafetySweepJob {
  /** Runs one sweep now (waits for a running one first); used by tests and at shutdown. */
  runNow(): Promise<SafetySweepResult | null>;
  stop(): Promise<void>;
}

export function startSafetySweepJob(
  store: Store,
  log: FastifyBaseLogger,
  intervalMinutes: number,
): SafetySweepJob {
  let running: Promise<SafetySweepResult | null> | null = null;
  let stopped = false;
  const run = (): Promise<SafetySweepResult | null> => {
    if (stopped) return Promise.resolve(null);
    if (running) return running;
    running = sweepSafetyAlerts(store)
      .then((r) => {
        const level = r.failed.length > 0 ? 'warn' : 'info';
        log[level]({ sweep: r }, 'safety sweep');
        return r;
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'safety sweep failed');
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = setTimeout(() => void run(), 5_000);
  const timer = setInterval(() => void run(), intervalMinutes * 60_000);
  first.unref();
  timer.unref();
  return {
    runNow: run,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
