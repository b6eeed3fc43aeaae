/**
 * Spinners for anything that takes more than a moment, on stderr (stdout is for results and `--json`).
 * When stderr is not a terminal, nanospinner prints only the final line.
 * @module
 */
import { createSpinner } from "nanospinner";

/** Runs `work` under a spinner reading `text`; marks it done or failed, and rethrows a failure. */
export async function withProgress<T>(
  text: string,
  work: () => Promise<T>,
  done?: (result: T) => string,
): Promise<T> {
  const spinner = createSpinner(text, { stream: process.stderr }).start();
  try {
    const result = await work();
    spinner.success({ text: done ? done(result) : text });
    return result;
  } catch (error) {
    spinner.error({ text });
    throw error;
  }
}
