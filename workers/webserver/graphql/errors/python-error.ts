/**
 * Dagster's in-band error members, built from our errors.
 * @module
 */
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { toSerializableError, type SerializableError } from "../../../../shared/errors/serializable-error";

export type PythonErrorModel = {
  __typename: "PythonError";
  message: string;
  className: string;
  stack: string[];
  cause: PythonErrorModel | null;
  causes: PythonErrorModel[];
  errorChain: { message: string; error: PythonErrorModel; isExplicitLink: boolean }[];
};

export function presentPythonError(error: SerializableError): PythonErrorModel {
  const cause = error.cause ? presentPythonError(error.cause) : null;
  const causes = cause ? [cause, ...cause.causes] : [];
  return {
    __typename: "PythonError",
    message: error.message,
    className: error.className,
    stack: error.stack,
    cause,
    causes,
    errorChain: causes.map((link) => ({ message: link.message, error: link, isExplicitLink: true })),
  };
}

export function pythonErrorFrom(thrown: unknown): PythonErrorModel {
  return presentPythonError(toSerializableError(thrown));
}

export function runNotFound(runId: string) {
  return { __typename: "RunNotFoundError", runId, message: `Run ${runId} could not be found.` } as const;
}

export function repositoryLocationNotFound(name: string) {
  return { __typename: "RepositoryLocationNotFound", message: `Location ${name} does not exist.` } as const;
}

export function repositoryNotFound(repositoryLocationName: string, repositoryName: string) {
  return {
    __typename: "RepositoryNotFoundError",
    repositoryLocationName,
    repositoryName,
    message: `Could not find Repository ${repositoryLocationName}.${repositoryName}`,
  } as const;
}

/** Wraps a resolver so any unexpected throw becomes an in-band PythonError, as Dagster's resolvers do. */
export async function orPythonError<T>(resolve: () => Promise<T>): Promise<T | PythonErrorModel> {
  try {
    return await resolve();
  } catch (thrown) {
    if (thrown instanceof DagflareError && !thrown.isUserError) console.error(thrown);
    return pythonErrorFrom(thrown);
  }
}
