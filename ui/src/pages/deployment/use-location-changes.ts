/**
 * The deployment page's live location list: follows the locationStateChangeEvents subscription and calls
 * `onChange` for every location reloaded, failing to load or shut down (from this browser or elsewhere),
 * so the list refreshes at once instead of at the next poll. A broken stream is reopened after a pause;
 * the page's slow poll covers the gap.
 * @module
 */
import { useEffect, useRef } from "react";
import { graphql } from "../../gql";
import { subscribe } from "../run/graphql-sse";

const LOCATION_CHANGES = graphql(`
  subscription LocationStateChanges {
    locationStateChangeEvents { event { eventType locationName message serverId } }
  }`);

const REOPEN_MS = 5_000;

export function useLocationChanges(onChange: () => void): void {
  // The latest callback, without reopening the stream when the page re-renders.
  const callback = useRef(onChange);
  callback.current = onChange;
  useEffect(() => {
    const controller = new AbortController();
    const follow = async () => {
      while (!controller.signal.aborted) {
        try {
          for await (const _payload of subscribe(LOCATION_CHANGES, {}, controller.signal)) callback.current();
        } catch {
          // Aborted on unmount, or the stream broke: wait, then reopen unless unmounted.
        }
        await new Promise((resolve) => setTimeout(resolve, REOPEN_MS));
      }
    };
    void follow();
    return () => controller.abort();
  }, []);
}
