/**
 * Per-request GraphQL context. Workspace entries are read once per request however many fields need them.
 * @module
 */
import { LOCAL_CALLER, type Caller } from "../../../shared/auth/caller";
import type { Instance } from "../../../shared/instance/instance";
import type { CodeLocationEntry } from "../../../shared/storage/code-location-storage";

export type GraphQLContext = {
  instance: Instance;
  /** Tells the daemon a schedule or sensor was turned on or off (in the background; never fails the request). */
  instigatorsChanged: () => void;
  /** This request's view of every code location (read from storage at most once per request). */
  locationEntries: () => Promise<CodeLocationEntry[]>;
  /** Who the request comes from: every operation is authorized for it, and every has…Permission answered for it. */
  caller: Caller;
};

export function createGraphQLContext(
  instance: Instance,
  instigatorsChanged: () => void = () => undefined,
  caller: Caller = LOCAL_CALLER,
): GraphQLContext {
  let entries: Promise<CodeLocationEntry[]> | undefined;
  return {
    instance,
    instigatorsChanged,
    caller,
    locationEntries: () => (entries ??= instance.workspace.entries()),
  };
}
