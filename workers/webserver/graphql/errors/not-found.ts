/**
 * Dagster's "not found" error members, with its messages.
 * @module
 */
import type {
  RepositoryLocationNotFound,
  RepositoryNotFoundError,
  RunNotFoundError,
} from "../__generated__/resolvers-types";
import type { Typed } from "../typed";

export function runNotFound(runId: string): Typed<RunNotFoundError, "RunNotFoundError"> {
  return { __typename: "RunNotFoundError", runId, message: `Run ${runId} could not be found.` };
}

export function repositoryLocationNotFound(
  name: string,
): Typed<RepositoryLocationNotFound, "RepositoryLocationNotFound"> {
  return { __typename: "RepositoryLocationNotFound", message: `Location ${name} does not exist.` };
}

export function repositoryNotFound(
  repositoryLocationName: string,
  repositoryName: string,
): Typed<RepositoryNotFoundError, "RepositoryNotFoundError"> {
  return {
    __typename: "RepositoryNotFoundError",
    repositoryLocationName,
    repositoryName,
    message: `Could not find Repository ${repositoryLocationName}.${repositoryName}`,
  };
}
