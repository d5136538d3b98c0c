/**
 * The benchmark contract. A benchmark is a file `<workspace>/bench/<name>.bench.ts` whose default export
 * is a `Benchmark`. Each figure is reported with a baseline measured in the same run, so the ratio means
 * something on any machine (no absolute timings in tests).
 */
export interface BenchFigure {
  /** What was measured, e.g. "deadline computations per second". */
  name: string;
  value: number;
  unit: string;
  baseline: { name: string; value: number; unit: string };
  /** value / baseline.value (for throughputs: higher is better for the subject). */
  ratio: number;
  /**
   * A budget the value must respect (e.g. a Lighthouse score of at least 95). The runner shows it, flags a
   * figure outside it and exits non-zero, while still recording every figure in `.bench/latest.json`.
   */
  limit?: { min?: number; max?: number };
}

/** Why a figure breaks its limit, or undefined when it has none or respects it. */
export function limitBreach(f: Pick<BenchFigure, 'value' | 'limit'>): string | undefined {
  if (f.limit?.min !== undefined && f.value < f.limit.min) return `below the minimum ${f.limit.min}`;
  if (f.limit?.max !== undefined && f.value > f.limit.max) return `above the maximum ${f.limit.max}`;
  return undefined;
}

export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<BenchFigure[]>;
}

/** Runs `work` repeatedly for about `ms` milliseconds and returns operations per second. */
export async function opsPerSecond(
  work: () => unknown | Promise<unknown>,
  options: { ms?: number; warmup?: number; concurrency?: number } = {},
): Promise<number> {
  const ms = options.ms ?? 2000;
  for (let i = 0; i < (options.warmup ?? 10); i++) await work();
  const concurrency = options.concurrency ?? 1;
  let done = 0;
  const start = performance.now();
  const deadline = start + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await work();
        done++;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

export function figure(input: Omit<BenchFigure, 'ratio'>): BenchFigure {
  return { ...input, ratio: input.baseline.value === 0 ? 0 : input.value / input.baseline.value };
}
