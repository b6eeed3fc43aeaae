/**
 * `--wait` / `--follow`: a run followed to its end, with Ctrl-C handled. In a terminal, Ctrl-C asks
 * whether to terminate the run (yes: terminate and keep following to CANCELED; no: stop following, the run
 * goes on). Without a terminal (CI), SIGINT terminates the run, since nobody can be asked and an
 * abandoned CI job should not leave its run behind. A second Ctrl-C stops following at once.
 * @module
 */
import { createInterface } from "node:readline/promises";
import pc from "picocolors";
import { followRun } from "./follow-run";
import type { GraphQLClient } from "./graphql/client";
import { terminateRun } from "./graphql/runs";
import { formatRunEvent } from "./output/run-events";

export type WaitOutcome = { status: string; exitCode: number; detached: boolean };

const EXIT_CODES: Record<string, number> = { SUCCESS: 0, FAILURE: 1, CANCELED: 2 };
export const DETACHED_EXIT_CODE = 130;

export async function waitForRun(client: GraphQLClient, runId: string, json: boolean): Promise<WaitOutcome> {
  const detach = new AbortController();
  let interrupted = false;
  const onInterrupt = async () => {
    if (interrupted) return detach.abort();
    interrupted = true;
    if (!(await confirmTerminate(runId))) return detach.abort();
    console.error(pc.yellow(`Terminating run ${runId}…`));
    await terminateRun(client, runId).catch((error: unknown) =>
      console.error(pc.red(`Could not terminate: ${error instanceof Error ? error.message : error}`)),
    );
  };
  process.on("SIGINT", onInterrupt);
  try {
    // Events go to stderr under --json so stdout holds only the final JSON.
    const print = json ? (line: string) => console.error(line) : (line: string) => console.log(line);
    const status = await followRun(client, runId, {
      onEvent: (event) => print(formatRunEvent(event)),
      signal: detach.signal,
    });
    if (detach.signal.aborted) return { status, exitCode: DETACHED_EXIT_CODE, detached: true };
    return { status, exitCode: EXIT_CODES[status] ?? 1, detached: false };
  } finally {
    process.off("SIGINT", onInterrupt);
  }
}

async function confirmTerminate(runId: string): Promise<boolean> {
  if (!process.stdin.isTTY) return true;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(pc.bold(`\nTerminate run ${runId}? [y/N] `));
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}
