import { performance } from 'node:perf_hooks';

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
  samples: number[];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), runs: samples.length, samples: samples.map(round) };
}

/** Milliseconds taken by `fn`, measured with the monotonic clock. */
export async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Runs `measure` `runs` times (after `warmup` unmeasured runs) and summarizes the samples. */
export async function repeat(runs: number, measure: () => Promise<number>, warmup = 1): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await measure();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measure());
  return summarize(samples);
}
