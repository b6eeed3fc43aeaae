/**
 * Per-request GraphQL context. Workspace entries are read once per request however many fields need them.
 * @module
 */
import type { Instance } from "../../../shared/instance/instance";
import type { CodeLocationEntry } from "../../../shared/storage/code-location-storage";

export type GraphQLContext = {
  instance: Instance;
  /** This request's view of every code location (read from storage at most once per request). */
  locationEntries: () => Promise<CodeLocationEntry[]>;
};

export function createGraphQLContext(instance: Instance): GraphQLContext {
  let entries: Promise<CodeLocationEntry[]> | undefined;
  return {
    instance,
    locationEntries: () => (entries ??= instance.workspace.entries()),
  };
}
