/**
 * Reloading code locations (`reloadRepositoryLocation`, `reloadWorkspace`): which reloads are under way
 * and how each one ended, per location, so every row can show its own progress and result.
 * @module
 */
import { useCallback, useState } from "react";
import { request } from "../../api/graphql";
import type { LocationEntry } from "./code-location";
import { graphql } from "../../gql";

/** How the last reload of a location ended: loaded, loaded with a load error, or the mutation failed. */
export type ReloadOutcome = { readonly kind: "loaded" | "load_error" | "failed"; readonly message: string };

/** The pending key of "Reload all". */
export const ALL_LOCATIONS = "*";

const RELOAD_LOCATION = graphql(`
  mutation ReloadRepositoryLocation($name: String!) {
    reloadRepositoryLocation(repositoryLocationName: $name) {
      __typename
      ... on WorkspaceLocationEntry { ...LocationEntryFields }
      ... on Error { message }
    }
  }`);

const RELOAD_WORKSPACE = graphql(`
  mutation ReloadWorkspace {
    reloadWorkspace {
      __typename
      ... on Workspace { id locationEntries { ...LocationEntryFields } }
      ... on Error { message }
    }
  }`);

function outcomeOf(entry: LocationEntry): ReloadOutcome {
  const loaded = entry.locationOrLoadError;
  return loaded?.__typename === "PythonError"
    ? { kind: "load_error", message: "Reloaded, but the location failed to load" }
    : { kind: "loaded", message: "Reloaded" };
}

export function useReload(onReloaded: () => Promise<void>) {
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Readonly<Record<string, ReloadOutcome>>>({});

  const track = useCallback(
    async (key: string, reload: () => Promise<Record<string, ReloadOutcome>>) => {
      setPending((current) => new Set(current).add(key));
      let results: Record<string, ReloadOutcome>;
      try {
        results = await reload();
      } catch (error) {
        results = {
          [key]: { kind: "failed", message: error instanceof Error ? error.message : String(error) },
        };
      }
      await onReloaded().catch(() => undefined);
      setOutcomes((current) => ({ ...current, ...results }));
      setPending((current) => {
        const next = new Set(current);
        next.delete(key);
        return next;
      });
    },
    [onReloaded],
  );

  const reloadLocation = useCallback(
    (name: string) =>
      track(name, async () => {
        const { reloadRepositoryLocation: result } = await request(RELOAD_LOCATION, { name });
        return {
          [name]: "message" in result ? { kind: "failed", message: result.message } : outcomeOf(result),
        };
      }),
    [track],
  );

  const reloadAll = useCallback(
    () =>
      track(ALL_LOCATIONS, async () => {
        const { reloadWorkspace: result } = await request(RELOAD_WORKSPACE, {});
        if ("message" in result) return { [ALL_LOCATIONS]: { kind: "failed", message: result.message } };
        const failed = result.locationEntries.filter(
          (entry) => outcomeOf(entry).kind === "load_error",
        ).length;
        return {
          ...Object.fromEntries(result.locationEntries.map((entry) => [entry.name, outcomeOf(entry)])),
          [ALL_LOCATIONS]: failed
            ? {
                kind: "load_error",
                message: `Reloaded ${result.locationEntries.length} locations; ${failed} failed to load`,
              }
            : {
                kind: "loaded",
                message: `Reloaded ${result.locationEntries.length} location${result.locationEntries.length === 1 ? "" : "s"}`,
              },
        };
      }),
    [track],
  );

  return { pending, outcomes, reloadLocation, reloadAll };
}
