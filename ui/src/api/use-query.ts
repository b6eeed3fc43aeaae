/**
 * `useQuery`: a GraphQL query bound to a component, re-run when its variables change and, optionally,
 * every `pollMs` while the page is visible (live pages poll slowly; the run page also subscribes).
 * Stale responses of an older variable set are dropped.
 * @module
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { TypedDocumentString } from "../gql/graphql";
import { request } from "./graphql";

export type QueryState<T> = {
  readonly data: T | undefined;
  readonly error: Error | undefined;
  /** True until the first answer for the current variables arrives. */
  readonly loading: boolean;
  readonly refetch: () => Promise<void>;
};

export function useQuery<T, TVariables>(
  query: TypedDocumentString<T, TVariables>,
  variables: TVariables,
  options: { pollMs?: number; skip?: boolean } = {},
): QueryState<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; data?: T; error?: Error }>({ key });
  const generation = useRef(0);

  const run = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const data = await request(query, JSON.parse(key) as TVariables);
      if (mine === generation.current) setState({ key, data });
    } catch (error) {
      if (mine === generation.current)
        setState((previous) => ({
          key,
          data: previous.key === key ? previous.data : undefined,
          error: error as Error,
        }));
    }
  }, [query, key]);

  useEffect(() => {
    if (options.skip) return undefined;
    void run();
    if (!options.pollMs) return undefined;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void run();
    }, options.pollMs);
    return () => clearInterval(timer);
  }, [run, options.pollMs, options.skip]);

  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: !options.skip && (!current || (state.data === undefined && state.error === undefined)),
    refetch: run,
  };
}
