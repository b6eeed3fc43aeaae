/**
 * One run event as a terminal line: time, step, what happened, coloured by kind so steps starting and
 * finishing, retries and failures stand out from log lines.
 * @module
 */
import pc from "picocolors";
import type { RunEvent } from "../graphql/runs";

type Style = (text: string) => string;
const plain: Style = (text) => text;

/** By event type first (a run's own events in bold), then by log level for log lines. */
function styleOf(event: RunEvent): Style {
  const kind = event.eventType ?? "";
  const color: Style | undefined = /SUCCESS$/.test(kind)
    ? pc.green
    : /FAILURE$/.test(kind)
      ? pc.red
      : /RETRY|RESTARTED|CANCEL/.test(kind)
        ? pc.yellow
        : /STEP_START$/.test(kind)
          ? pc.blue
          : undefined;
  if (color) return /^(RUN|PIPELINE)_/.test(kind) ? (text) => pc.bold(color(text)) : color;
  if (event.level === "ERROR" || event.level === "CRITICAL") return pc.red;
  return event.level === "WARNING" ? pc.yellow : plain;
}

export function formatRunEvent(event: RunEvent): string {
  const time = new Date(Number(event.timestamp)).toISOString().slice(11, 23);
  const kind = event.eventType ?? event.level;
  const step = event.stepKey ? pc.cyan(event.stepKey.padEnd(16)) : "".padEnd(16);
  return `${pc.dim(time)} ${step} ${styleOf(event)(`${kind.padEnd(18)} ${event.message}`)}`;
}
