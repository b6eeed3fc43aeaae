/**
 * Finds a code location's definitions in a module, the way `serve(load)` is handed them in a Worker: a
 * function returning Definitions (e.g. `loadExampleDefinitions`), or a Definitions value.
 * @module
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Definitions } from "../../../definitions/definitions";
import { DagflareError } from "../../../errors/dagflare-error";

/**
 * The export named `exportName`; without one, the default export, else the module's only function.
 * Returns a loader, called later (once): building the definitions may fail, and that failure is served
 * as a load error, as a code location Worker does.
 * @throws DagflareError INVALID_CONFIG naming the module and what it exports when no export fits.
 */
export async function importDefinitions(
  modulePath: string,
  exportName: string | undefined,
): Promise<() => Definitions> {
  const where = `--definitions ${modulePath}`;
  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(resolve(modulePath)).href);
  } catch (error) {
    throw new DagflareError(
      "INVALID_CONFIG",
      `${where}: the module cannot be imported: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const exported = Object.keys(module);
  const functions = exported.filter((name) => typeof module[name] === "function");
  const name =
    exportName ?? ("default" in module ? "default" : functions.length === 1 ? functions[0] : undefined);
  const value = name === undefined ? undefined : module[name];
  if (typeof value === "function") return () => value() as Definitions;
  if (isDefinitions(value)) return () => value;
  const wanted =
    exportName === undefined
      ? "a default export or exactly one exported function"
      : `an export "${exportName}"`;
  throw new DagflareError(
    "INVALID_CONFIG",
    `${where}: expected ${wanted} returning the location's definitions (exports: ${exported.join(", ") || "none"}); name one with --export`,
  );
}

/** Duck-typed: a bundled service and a bundled definitions module each carry their own SDK copy. */
function isDefinitions(value: unknown): value is Definitions {
  return (
    typeof value === "object" &&
    value !== null &&
    "executeStep" in value &&
    typeof value.executeStep === "function" &&
    "snapshot" in value
  );
}
