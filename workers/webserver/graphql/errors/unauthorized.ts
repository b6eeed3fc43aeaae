/**
 * A refused operation (DagflareError FORBIDDEN, thrown by authorize) as Dagster's in-band
 * UnauthorizedError; any other failure as a PythonError, as orPythonError does.
 * @module
 */
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { orPythonError, type PythonErrorModel } from "./python-error";

export type UnauthorizedModel = { __typename: "UnauthorizedError"; message: string };

export function isRefusal(thrown: unknown): thrown is DagflareError {
  return thrown instanceof DagflareError && thrown.code === "FORBIDDEN";
}

export const unauthorized = (thrown: DagflareError): UnauthorizedModel => ({
  __typename: "UnauthorizedError",
  message: thrown.message,
});

export function orRefusal<T>(resolve: () => Promise<T>): Promise<T | UnauthorizedModel | PythonErrorModel> {
  return orPythonError(async () => {
    try {
      return await resolve();
    } catch (thrown) {
      if (isRefusal(thrown)) return unauthorized(thrown);
      throw thrown;
    }
  });
}
