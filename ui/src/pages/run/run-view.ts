/**
 * What the run page shows, kept in its URL so a reload or a shared link shows the same: the log filter
 * (with the steps selected in the Gantt chart), the lower panel's tab, and the step and stream of the
 * captured-logs viewer.
 * @module
 */
import type { Stream } from "./captured-logs";
import { logFilterFromSearch, logFilterToSearch, type LogFilter } from "./log-filter";

export type RunView = {
  readonly filter: LogFilter;
  readonly tab: "events" | "logs";
  /** The step whose stdout/stderr is shown; defaults to the first selected step. */
  readonly logStep: string | null;
  readonly stream: Stream;
};

export function viewFromSearch(search: URLSearchParams): RunView {
  return {
    filter: logFilterFromSearch(search),
    tab: search.get("tab") === "logs" ? "logs" : "events",
    logStep: search.get("logStep") || null,
    stream: search.get("stream") === "stderr" ? "stderr" : "stdout",
  };
}

export function viewToSearch(view: RunView): Record<string, string | readonly string[] | undefined> {
  return {
    ...logFilterToSearch(view.filter),
    tab: view.tab === "logs" ? "logs" : undefined,
    logStep: view.logStep ?? undefined,
    stream: view.stream === "stderr" ? "stderr" : undefined,
  };
}
