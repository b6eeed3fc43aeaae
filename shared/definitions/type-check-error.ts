/**
 * The error a step fails with when a value does not match its declared zod schema (an input, an output
 * or the op's config); named after Dagster's DagsterTypeCheckDidNotPass so the UI shows it the same way.
 * @module
 */
export class TypeCheckError extends Error {
  override readonly name = "DagsterTypeCheckDidNotPass";
}
