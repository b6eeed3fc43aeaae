/**
 * Per-request GraphQL context. Workspace entries are read once per request however many fields need them.
 * @module
 */
import type { Instance } from "../../../shared/instance/instance";
import type { CodeLocationEntry } from "../../../shared/storage/code-location-storage";

export type GraphQLContext = {
  instance: Instance;
  /** Tells the daemon a schedule or sensor was turned on or off (in the background; never fails the request). */
  instigatorsChanged: () => void;
  /** This request's view of every code location (read from storage at most once per request). */
  locationEntries: () => Promise<CodeLocationEntry[]>;
};

export function createGraphQLContext(instance: Instance, instigatorsChanged: () => void = () => undefined): GraphQLContext {
  let entries: Promise<CodeLocationEntry[]> | undefined;
  return {
    instance,
    instigatorsChanged,
    locationEntries: () => (entries ??= instance.workspace.entries()),
  };
}
