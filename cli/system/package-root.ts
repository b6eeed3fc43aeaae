/**
 * Where this package is installed (this repository, or node_modules/dagflare in a project), for what the
 * CLI runs from it: the dev system scripts, wrangler, the UI build and the migrations.
 * @module
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const TSX_CLI = join(PACKAGE_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
export const WRANGLER_CLI = join(PACKAGE_ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
