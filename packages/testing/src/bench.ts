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
