/**
 * A dry-run tick of a schedule or sensor: the runs it would request, or why it skipped or failed.
 * @module
 */
import pc from "picocolors";
import type { TickEvaluation } from "../graphql/instigators";
import { formatTime } from "./output";

export function printTickEvaluation(timestamp: number | null, evaluation: TickEvaluation | null): void {
  if (timestamp != null) console.log(`${pc.bold("Tick")} ${formatTime(timestamp)}`);
  if (evaluation?.error) return console.log(pc.red(`Error: ${evaluation.error.message}`));
  if (evaluation?.skipReason) console.log(pc.yellow(`Skipped: ${evaluation.skipReason}`));
  const requests = evaluation?.runRequests ?? [];
  if (!evaluation?.skipReason)
    console.log(`${requests.length} run request${requests.length === 1 ? "" : "s"}`);
  for (const request of requests) {
    const tags = request.tags.map((tag) => `${tag.key}=${tag.value}`).join(" ");
    console.log(
      `  - ${request.jobName ?? "(target job)"}${request.runKey ? ` run key ${request.runKey}` : ""}${tags ? `  ${pc.dim(tags)}` : ""}`,
    );
    if (request.runConfigYaml.trim() && request.runConfigYaml.trim() !== "{}")
      console.log(request.runConfigYaml.trimEnd().replace(/^/gm, "      "));
  }
  if (evaluation?.cursor != null) console.log(`${pc.bold("Cursor")} ${evaluation.cursor}`);
}
