/**
 * Yoga plugin: operations from callers who may only read (viewers, and everyone on a `public`
 * deployment) are measured before they run and refused over RESTRICTED_QUERY_LIMITS, so nobody without a
 * role that changes anything can make the webserver answer 5,000 aliases or a billion runs. Local
 * development (no `auth`) and launchers and above are trusted with any query.
 * @module
 */
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { callerMay } from "../../../../shared/auth/dagster-permissions";
import type { GraphQLContext } from "../context";
import { measureOperation, overLimits, RESTRICTED_QUERY_LIMITS } from "./query-cost";

function isRestricted(context: GraphQLContext): boolean {
  const { caller } = context;
  if (caller.kind === "local") return context.instance.config.auth?.public === true;
  if (caller.kind !== "user") return false;
  const locations = Object.keys(caller.grants.locationRoles);
  return (
    !callerMay(caller, "launch_run") &&
    !locations.some((location) => callerMay(caller, "launch_run", location))
  );
}

export function useQueryLimits(): Plugin<GraphQLContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GraphQLContext;
      if (!isRestricted(context)) return;
      const measure = measureOperation(
        args.document,
        args.operationName,
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      const problem = measure && overLimits(measure, RESTRICTED_QUERY_LIMITS);
      if (problem)
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Query refused: ${problem}.`, { extensions: { code: "QUERY_TOO_COMPLEX" } }),
          ],
        });
    },
  };
}
