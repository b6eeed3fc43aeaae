/**
 * Picks the executor a run's config asks for in `execution.config` (`in_process`, the default, `multi`,
 * or the step-server executors `remote` and `container`), parsed with the SDK's schema of that block:
 * the one the run config was validated against.
 * @module
 */
import { z } from "zod";
import { formatZodIssues } from "../definitions/format-zod-issues";
import { ExecutionConfigSchema } from "../definitions/run-config-schema";
import { DagflareError } from "../errors/dagflare-error";
import type { Executor } from "./executor";
import { InProcessExecutor } from "./in-process-executor";
import { MultiExecutor } from "./multi-executor";
import { StepServerExecutor } from "./step-server-executor";

/**
 * The executor for `runConfig`.
 * @throws DagflareError INVALID_RUN_CONFIG naming the key path under `execution` that is wrong.
 */
export function createExecutor(runConfig: Readonly<Record<string, unknown>>): Executor {
  const parsed = ExecutionConfigSchema.optional().safeParse(runConfig.execution);
  if (!parsed.success) throw new DagflareError("INVALID_RUN_CONFIG", `invalid run config: ${formatZodIssues(new z.ZodError(givenBranchIssues(parsed.error)), "execution")}`);
  const config = parsed.data?.config;
  if (config !== undefined && "multi" in config) return new MultiExecutor(config.multi);
  if (config !== undefined && "remote" in config) return new StepServerExecutor("remote", config.remote);
  if (config !== undefined && "container" in config) return new StepServerExecutor("container", config.container);
  return new InProcessExecutor(config?.in_process);
}

/**
 * `execution.config` is exactly one of several strict objects, and zod reports every option's issues;
 * keep only those of the option whose key was given, or say that exactly one must be.
 */
function givenBranchIssues(error: z.ZodError): z.core.$ZodIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code !== "invalid_union") return [issue];
    const given = issue.errors.find((branch) => !branch.some((inner) => inner.code === "unrecognized_keys" && inner.path.length === 0));
    if (given === undefined) return [{ ...issue, message: "expected exactly one executor: in_process, multi, remote or container" }];
    return given.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
  });
}
