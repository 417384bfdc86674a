// A few downloads at a time: runs work over items with at most `concurrency` in flight.

/**
 * Runs `work` for every item, `concurrency` at a time. After the first failure no new item starts;
 * the ones in flight finish, then that first error is thrown.
 *
 * @example await runPool(files, 4, (file) => download(file));
 */
export async function runPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failure !== undefined) throw failure.error;
}
