/**
 * `npx tsx scripts/check.ts [--instance path] [--workspace path]`: validates dagflare.yaml and
 * workspace.yaml (defaults in the current directory) without starting anything. Exit code 1 on any error.
 * @module
 */
import { parseArgs } from "node:util";
import { checkConfigFiles } from "../shared/config/check-config-files";

const { values } = parseArgs({ options: { instance: { type: "string" }, workspace: { type: "string" } } });
const result = checkConfigFiles({
  ...(values.instance !== undefined && { instancePath: values.instance }),
  ...(values.workspace !== undefined && { workspacePath: values.workspace }),
});
for (const line of result.lines) console.log(line);
process.exitCode = result.ok ? 0 : 1;
