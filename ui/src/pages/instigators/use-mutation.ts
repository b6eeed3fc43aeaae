/**
 * A GraphQL mutation a form fires: its last answer, a transport failure, and whether one is under way.
 * Answers to a superseded call are dropped, so a slow first click cannot overwrite a later one.
 * @module
 */
import { useCallback, useRef, useState } from "react";
import { request } from "../../api/graphql";
import type { TypedDocumentString } from "../../gql/graphql";

export type MutationState<T> = { readonly data?: T; readonly error?: Error; readonly running: boolean };

export function useMutation<T, TVariables>(document: TypedDocumentString<T, TVariables>) {
  const [state, setState] = useState<MutationState<T>>({ running: false });
  const generation = useRef(0);
  const run = useCallback(
    async (variables: TVariables): Promise<T | undefined> => {
      const mine = ++generation.current;
      setState((previous) => ({ ...previous, running: true }));
      try {
        const data = await request(document, variables);
        if (mine === generation.current) setState({ data, running: false });
        return data;
      } catch (error) {
        if (mine === generation.current)
          setState({ error: error instanceof Error ? error : new Error(String(error)), running: false });
        return undefined;
      }
    },
    [document],
  );
  const reset = useCallback(() => {
    generation.current++;
    setState({ running: false });
  }, []);
  return { ...state, run, reset };
}
