/**
 * The `log` object user code receives: each call becomes a protocol log line, either streamed to `onLine`
 * as it happens (a run worker in the same isolate writes it to the run's event log at once, so a watching
 * client sees progress live) or collected and returned with the result (over RPC or HTTP).
 * @module
 */
import type { LogLine } from "../protocol/code-location-protocol";

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  critical(message: string): void;
}

/** A fresh logger and the lines it has collected so far (in call order; none when they are streamed). */
export function createLogCollector(
  now: () => number = Date.now,
  onLine?: (line: LogLine) => void,
): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine["level"]) =>
    (message: string): void => {
      const line = { level, message: String(message), timestamp: now() };
      if (onLine) onLine(line);
      else lines.push(line);
    };
  return {
    log: {
      debug: at("DEBUG"),
      info: at("INFO"),
      warning: at("WARNING"),
      error: at("ERROR"),
      critical: at("CRITICAL"),
    },
    lines,
  };
}
