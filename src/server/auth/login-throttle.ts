/**
 * Throttles sign-in attempts per client address (a sliding window), in front of the per-account
 * lockout: a guesser spraying many user names from one address is slowed too.
 */
export class LoginThrottle {
  readonly #attempts = new Map<string, number[]>();
  readonly #max: number;
  readonly #windowMs: number;
  readonly #clock: () => number;

  constructor(max = 10, windowMs = 60_000, clock: () => number = Date.now) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#clock = clock;
  }

  /** Records an attempt; returns seconds to wait when over the limit, else 0. */
  hit(key: string): number {
    const now = this.#clock();
    const recent = (this.#attempts.get(key) ?? []).filter((t) => t > now - this.#windowMs);
    if (recent.length >= this.#max) {
      this.#attempts.set(key, recent);
      return Math.ceil(((recent[0] ?? now) + this.#windowMs - now) / 1000);
    }
    recent.push(now);
    this.#attempts.set(key, recent);
    if (this.#attempts.size > 10_000) this.#prune(now);
    return 0;
  }

  #prune(now: number): void {
    for (const [k, v] of this.#attempts)
      if (!v.some((t) => t > now - this.#windowMs)) this.#attempts.delete(k);
  }
}
