/**
 * A step attempt's compute log capture, as the engine keeps it (Dagster captures per step process): the
 * LOGS_CAPTURED event announcing its file key, what the op printed (stdout / stderr), and each
 * `context.log` line on stderr in Dagster's console format, as Dagster's default logger writes them. A
 * run without a compute log writer captures nothing and announces nothing.
 * @module
 */
import type { LogLine } from "../protocol/code-location-protocol";
import type { ComputeIOType } from "../storage/compute-logs/compute-log-manager";
import { emitEvent } from "./emit-event";
import type { ExecutionContext } from "./executor";

export interface StepCapture {
  output(stream: ComputeIOType, text: string): void;
  log(line: LogLine): void;
  complete(): void;
}

const NO_CAPTURE: StepCapture = { output: () => undefined, log: () => undefined, complete: () => undefined };

/** Opens the capture of one attempt of `stepKey` and emits its LOGS_CAPTURED. */
export function openStepCapture(context: ExecutionContext, stepKey: string): StepCapture {
  if (context.computeLogs === undefined) return NO_CAPTURE;
  const capture = context.computeLogs.open(stepKey);
  // A run-level event, as Dagster's: the steps it covers are in `stepKeys`.
  emitEvent(context, "LOGS_CAPTURED", `Started capturing logs for step "${stepKey}".`, {
    data: { fileKey: capture.fileKey, logKey: capture.fileKey, stepKeys: [stepKey] },
  });
  return {
    output: (stream, text) => capture.write(stream, text),
    log: (line) =>
      capture.write(
        "stderr",
        `${consoleTime(line.timestamp)} - dagster - ${line.level} - ${context.jobName} - ${context.runId} - ${stepKey} - ${line.message}\n`,
      ),
    complete: () => capture.complete(),
  };
}

/** `2026-04-01 12:00:00 +0000`: the asctime of Dagster's console log format, in UTC. */
function consoleTime(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19).replace("T", " ")} +0000`;
}
