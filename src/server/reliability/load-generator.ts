/**
 * A bounded HTTP load generator for loopback runs (no autocannon): every run ends by itself, at
 * a deadline and a request cap.
 * - closed loop: N clients, each sends its next request when the previous answer arrives
 *   (throughput at a given concurrency);
 * - open loop: requests start at a constant rate whatever the answers do, and latency is counted
 *   from the moment a request was due, not sent — so a stalled server shows as latency instead
 *   of silently lowering the rate (no coordinated omission). A cap on requests in flight keeps
 *   the client bounded; requests that would exceed it are counted as `dropped`.
 */

/** One request; resolves with an error description, or null when it succeeded. */
export type Operation = (i: number) => Promise<string | null>;

export interface LoadResult {
  mode: 'closed' | 'open';
  concurrency: number | null;
  targetRate: number | null;
  completed: number;
  errors: number;
  /** The first few error descriptions. */
  errorSamples: string[];
  dropped: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The q-quantile (nearest rank) of latencies in ms. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

class Tally {
  readonly latencies: number[] = [];
  readonly errorSamples: string[] = [];
  errors = 0;
  dropped = 0;
  record(ms: number, error: string | null): void {
    this.latencies.push(ms);
    if (error !== null) {
      this.errors++;
      if (this.errorSamples.length < 10) this.errorSamples.push(error);
    }
  }
  result(
    mode: LoadResult['mode'],
    concurrency: number | null,
    targetRate: number | null,
    seconds: number,
  ): LoadResult {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 100) / 100;
    return {
      mode,
      concurrency,
      targetRate,
      completed: sorted.length,
      errors: this.errors,
      errorSamples: this.errorSamples,
      dropped: this.dropped,
      seconds: round(seconds),
      perSecond: round(sorted.length / seconds),
      p50Ms: round(quantile(sorted, 0.5)),
      p99Ms: round(quantile(sorted, 0.99)),
      maxMs: round(sorted.at(-1) ?? Number.NaN),
    };
  }
}

async function timed(op: Operation, i: number): Promise<string | null> {
  try {
    return await op(i);
  } catch (e) {
    return String(e);
  }
}

/**
 * @example
 * const r = await closedLoop({ concurrency: 8, seconds: 5, maxRequests: 100_000, op });
 * r.perSecond; r.p99Ms;
 */
export async function closedLoop(o: {
  concurrency: number;
  seconds: number;
  maxRequests: number;
  op: Operation;
}): Promise<LoadResult> {
  const tally = new Tally();
  const start = performance.now();
  const deadline = start + o.seconds * 1000;
  let next = 0;
  const client = async () => {
    while (performance.now() < deadline && next < o.maxRequests) {
      const i = next++;
      const t0 = performance.now();
      const error = await timed(o.op, i);
      tally.record(performance.now() - t0, error);
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, client));
  return tally.result('closed', o.concurrency, null, (performance.now() - start) / 1000);
}

/**
 * @example
 * const r = await openLoop({ ratePerSecond: 200, seconds: 5, maxInFlight: 256, op });
 */
export async function openLoop(o: {
  ratePerSecond: number;
  seconds: number;
  maxInFlight: number;
  op: Operation;
}): Promise<LoadResult> {
  const tally = new Tally();
  const start = performance.now();
  const total = Math.floor(o.ratePerSecond * o.seconds);
  const interval = 1000 / o.ratePerSecond;
  let inFlight = 0;
  const running = new Set<Promise<void>>();
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (inFlight >= o.maxInFlight) {
      tally.dropped++;
      continue;
    }
    inFlight++;
    const p = timed(o.op, i).then((error) => {
      tally.record(performance.now() - due, error);
      inFlight--;
      running.delete(p);
    });
    running.add(p);
  }
  await Promise.all(running);
  return tally.result('open', null, o.ratePerSecond, (performance.now() - start) / 1000);
}
