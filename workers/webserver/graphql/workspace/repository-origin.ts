/**
 * Where a repository comes from (Dagster's RepositoryOrigin), as runs and instigation states name it.
 * @module
 */
import type { RepositoryOrigin } from "../__generated__/resolvers-types";

export function repositoryOrigin(locationName: string, repositoryName: string): RepositoryOrigin {
  return {
    id: `${repositoryName}@${locationName}`,
    repositoryLocationName: locationName,
    repositoryName,
    repositoryLocationMetadata: [],
  };
}
