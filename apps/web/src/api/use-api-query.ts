import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem, toApiProblem } from './problem.ts';

export interface ApiQuery<T> {
  data: T | undefined;
  problem: ApiProblem | undefined;
  isLoading: boolean;
  reload: () => void;
}

/**
 * Loads data for a key and reloads when the key changes. The previous data stays on screen while the next
 * page loads (no flicker in paged tables); a newer request aborts the older one so answers cannot arrive
 * out of order. A `null` key means "nothing to load".
 */
export function useApiQuery<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiQuery<T> {
  const [data, setData] = useState<T>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [isLoading, setIsLoading] = useState(key !== null);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload trigger.
  useEffect(() => {
    if (key === null) {
      setData(undefined);
      setProblem(undefined);
      setIsLoading(false);
      return;
    }
    const controller = new AbortController();
    setIsLoading(true);
    loadRef
      .current(controller.signal)
      .then((value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setProblem(undefined);
        setIsLoading(false);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setProblem(error instanceof ApiProblem ? error : toApiProblem(error));
        setIsLoading(false);
      });
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, problem, isLoading, reload };
}
