/** Timing helpers: wall-clock milliseconds and percentiles of a sample. */

export function nowMs(): number {
  return performance.now();
}

/** The p-th percentile (0..100) of the samples, nearest-rank; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export interface Latency {
  /** How many were measured. */
  count: number;
  p50Ms: number;
  /** Null under a hundred samples, where the 99th percentile would only be the slowest. */
  p99Ms: number | null;
  maxMs: number;
}

/** Fewer samples than this have no p99 of their own. */
export const P99_SAMPLES = 100;

export function latency(samples: readonly number[], digits = 3): Latency {
  return {
    count: samples.length,
    p50Ms: round(percentile(samples, 50), digits),
    p99Ms: samples.length >= P99_SAMPLES ? round(percentile(samples, 99), digits) : null,
    maxMs: round(Math.max(...samples), digits),
  };
}

/** Runs `work` `count` times in a row and returns each run's duration. */
export async function timeEach(
  count: number,
  work: (index: number) => unknown | Promise<unknown>,
): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = nowMs();
    await work(index);
    samples.push(nowMs() - start);
  }
  return samples;
}

/** Rounded to `digits` decimal places: figures, not noise. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
