import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import { apiErrorOf } from './errors';

/** Loads a screen's data through the API; `reload` fetches again after a change. */
export function useLoad<T>(load: () => Promise<T>): { data: T | undefined; error: ApiError | undefined; reload: () => Promise<void> } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  // `load` is expected to be stable (a module-level function or a memoised callback).
  const reload = useCallback(async () => {
    try {
      setData(await load());
      setError(undefined);
    } catch (thrown) {
      setError(apiErrorOf(thrown));
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}
