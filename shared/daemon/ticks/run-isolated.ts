/**
 * Daemon work over many items (schedules, sensors, monitored runs): one failing (storage hiccup, bad
 * definition) must not stop the others, yet the iteration must still report it.
 * @module
 */

/**
 * Runs `work` for every item in order, each isolated.
 * @throws an AggregateError of every item's error, after all items ran, when any failed.
 */
export async function runIsolated<Item>(
  items: readonly Item[],
  work: (item: Item) => Promise<void>,
  noun = "item",
): Promise<void> {
  const errors: unknown[] = [];
  for (const item of items) {
    try {
      await work(item);
    } catch (thrown) {
      errors.push(thrown);
    }
  }
  if (errors.length > 0) {
    const messages = errors.map((error) => (error instanceof Error ? error.message : String(error)));
    throw new AggregateError(errors, `${errors.length} ${noun}(s) failed: ${messages.join("; ")}`);
  }
}
