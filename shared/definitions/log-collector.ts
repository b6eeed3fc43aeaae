/**
 * The `log` object user code receives: each call becomes a protocol log line, returned with the result
 * so the caller stores it in the run's event log (or the tick's logs).
 * @module
 */
import type { LogLine } from "../code-location/protocol";

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  critical(message: string): void;
}

/** A fresh logger and the lines it has collected so far (in call order). */
export function createLogCollector(now: () => number = Date.now): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine["level"]) =>
    (message: string): void => {
      lines.push({ level, message: String(message), timestamp: now() });
    };
  return { log: { debug: at("DEBUG"), info: at("INFO"), warning: at("WARNING"), error: at("ERROR"), critical: at("CRITICAL") }, lines };
}
