/**
 * Location state changes as an async stream: the stored location entries are read when the consumer
 * pulls, compared with the previous read, and empty reads are spaced by a backoff (as the run-log stream
 * does), so an idle watcher costs about one query a second on any isolate.
 * @module
 */
import {
  type LocationStateChange,
  locationStateChanges,
  locationVersions,
} from "../../../../shared/workspace/location-state-changes";
import type { CodeLocationStorage } from "../../../../shared/storage/code-location-storage";
import { type BackoffOptions, createBackoff } from "../backoff";

export const DEFAULT_LOCATION_EVENT_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 1000 };

/** Yields every change after the first read; never completes (the consumer calls `return()`). */
export async function* streamLocationStateChanges(
  storage: Pick<CodeLocationStorage, "listLocations">,
  backoffOptions: BackoffOptions = DEFAULT_LOCATION_EVENT_BACKOFF,
): AsyncGenerator<LocationStateChange, void, undefined> {
  const backoff = createBackoff(backoffOptions);
  let seen = locationVersions(await storage.listLocations());
  for (;;) {
    await backoff.wait();
    const current = locationVersions(await storage.listLocations());
    const changes = locationStateChanges(seen, current);
    seen = current;
    if (changes.length > 0) backoff.reset();
    yield* changes;
  }
}
