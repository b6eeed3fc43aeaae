/**
 * One-line renderings of zod issues with their key paths, for errors that must say WHERE input was wrong.
 * @module
 */
import type { z } from "zod";

/** `prefix.key.path: message` per issue, joined with "; " (e.g. `ops.extract.config.source_url: ...`). */
export function formatZodIssues(error: z.ZodError, prefix = ""): string {
  return error.issues
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter((part) => part !== "").join(".");
      return path === "" ? issue.message : `${path}: ${issue.message}`;
    })
    .join("; ");
}
