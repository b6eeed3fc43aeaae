/**
 * What a command prints: a readable table or lines for a person, JSON for a script (`--json`). Progress
 * and errors go to stderr, so stdout stays parseable.
 * @module
 */
import pc from "picocolors";
import { CliError } from "./cli-error";

export type Column<T> = {
  header: string;
  value: (row: T) => string | number | null | undefined;
  color?: (text: string, row: T) => string;
};

/** Writes rows as aligned columns (colour is applied after padding, so it never shifts the alignment). */
export function printTable<T>(rows: readonly T[], columns: readonly Column<T>[], empty = "(none)"): void {
  if (rows.length === 0) {
    console.log(pc.dim(empty));
    return;
  }
  const cells = rows.map((row) => columns.map((column) => String(column.value(row) ?? "-")));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((line) => line[index]!.length)),
  );
  console.log(
    pc.bold(
      columns
        .map((column, index) => column.header.padEnd(widths[index]!))
        .join("  ")
        .trimEnd(),
    ),
  );
  rows.forEach((row, rowIndex) => {
    const line = columns.map((column, index) => {
      const text = cells[rowIndex]![index]!.padEnd(widths[index]!);
      return column.color ? column.color(text, row) : text;
    });
    console.log(line.join("  ").trimEnd());
  });
}

export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

/** Prints `value` as JSON when asked, otherwise calls `human`. */
export function emit(json: boolean, value: unknown, human: () => void): void {
  if (json) printJson(value);
  else human();
}

export function printError(error: unknown): void {
  if (error instanceof CliError) {
    console.error(pc.red(`error: ${error.message}`));
    for (const line of error.details) console.error(`  ${line}`);
  } else {
    console.error(pc.red(`error: ${error instanceof Error ? error.message : String(error)}`));
  }
}

const STATUS_COLORS: Record<string, (text: string) => string> = {
  SUCCESS: pc.green,
  FAILURE: pc.red,
  CANCELED: pc.yellow,
  CANCELING: pc.yellow,
  STARTED: pc.blue,
  STARTING: pc.blue,
  QUEUED: pc.cyan,
  RUNNING: pc.green,
  STOPPED: pc.dim,
};

/** A run, step or instigator status in its colour. */
export function colorStatus(text: string, status = text.trim()): string {
  return (STATUS_COLORS[status] ?? ((value: string) => value))(text);
}

/** An epoch-seconds time as local ISO-like text, or "-". */
export function formatTime(seconds: number | null | undefined): string {
  if (seconds == null) return "-";
  const date = new Date(seconds * 1000);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

export function formatDuration(start: number | null | undefined, end: number | null | undefined): string {
  if (start == null) return "-";
  const seconds = (end ?? Date.now() / 1000) - start;
  return seconds < 60 ? `${seconds.toFixed(1)}s` : `${Math.floor(seconds / 60)}m${Math.round(seconds % 60)}s`;
}
