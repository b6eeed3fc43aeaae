/**
 * Dagster's in-band PythonError, built from our errors, and the resolver wrapper that answers any
 * unexpected throw with one, as Dagster's resolvers do.
 * @module
 */
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { toSerializableError, type SerializableError } from "../../../../shared/errors/serializable-error";
import type { PythonError } from "../__generated__/resolvers-types";
import type { Typed } from "../typed";

export type PythonErrorModel = Typed<PythonError, "PythonError">;

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

/** Runs a resolver so any unexpected throw becomes an in-band PythonError (user errors are not logged). */
export async function orPythonError<T>(resolve: () => Promise<T>): Promise<T | PythonErrorModel> {
  try {
    return await resolve();
  } catch (thrown) {
    if (thrown instanceof DagflareError && !thrown.isUserError) console.error(thrown);
    return pythonErrorFrom(thrown);
  }
}
