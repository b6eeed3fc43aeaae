/**
 * The error every config loader throws: which file (or Worker var) was invalid and every problem in it,
 * each with the key path and, when it can be placed, the line and column in the YAML text.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";

export type ConfigIssue = {
  /** Key path in the file's own terms, e.g. `run_coordinator.max_concurrent_runs`; "" for the whole document. */
  path: string;
  message: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
};

/** `path (line L, column C): message`, leaving out whichever of the path and position is unknown. */
export function formatConfigIssue(issue: ConfigIssue): string {
  const position = issue.line === undefined ? "" : `line ${issue.line}, column ${issue.column ?? 1}`;
  if (issue.path !== "" && position !== "") return `${issue.path} (${position}): ${issue.message}`;
  const where = issue.path || position;
  return where === "" ? issue.message : `${where}: ${issue.message}`;
}

/**
 * A config file (or the Worker var standing in for it) is invalid. Thrown before any part of the config is
 * used, so a config is applied whole or not at all. The message lists every issue, one per line.
 */
export class ConfigError extends DagflareError {
  /** What was read: a file name such as "dagflare.yaml", or a var name such as "DAGFLARE_INSTANCE_YAML". */
  readonly source: string;
  readonly issues: readonly ConfigIssue[];

  constructor(source: string, issues: readonly ConfigIssue[]) {
    super(
      "INVALID_CONFIG",
      [`${source} is invalid:`, ...issues.map((issue) => `  ${formatConfigIssue(issue)}`)].join("\n"),
    );
    this.source = source;
    this.issues = issues;
  }
}
