/**
 * Picks the executor a run's config asks for in `execution.config` (`in_process`, the default, `multi`,
 * or the step-server executors `remote` and `container`), parsed with the SDK's schema of that block:
 * the one the run config was validated against.
 * @module
 */
import { z } from "zod";
import { formatZodIssues } from "../errors/format-zod-issues";
import { ExecutionConfigSchema, type HeaderValueSchema } from "../definitions/run-config-schema";
import { DagflareError } from "../errors/dagflare-error";
import type { Executor } from "./executor";
import { InProcessExecutor } from "./in-process-executor";
import { MultiExecutor } from "./multi-executor";
import { StepServerExecutor, type StepServerExecutorConfig } from "./step-server-executor";

/**
 * The executor for `runConfig`; `{ env: NAME }` header values are read from `env`, the run worker's
 * environment (its Worker's vars and secrets, or the service's process environment).
 * @throws DagflareError INVALID_RUN_CONFIG naming the key path under `execution` that is wrong, or the
 * header whose variable `env` lacks.
 */
export function createExecutor(
  runConfig: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, unknown>> = {},
): Executor {
  const parsed = ExecutionConfigSchema.optional().safeParse(runConfig.execution);
  if (!parsed.success)
    throw invalid(formatZodIssues(new z.ZodError(givenBranchIssues(parsed.error)), "execution"));
  const config = parsed.data?.config;
  if (config !== undefined && "multi" in config) return new MultiExecutor(config.multi);
  if (config !== undefined && "remote" in config) return stepServerExecutor("remote", config.remote, env);
  if (config !== undefined && "container" in config)
    return stepServerExecutor("container", config.container, env);
  return new InProcessExecutor(config?.in_process);
}

type StepServerRunConfig = Omit<StepServerExecutorConfig, "headers"> & {
  headers?: Record<string, z.infer<typeof HeaderValueSchema>> | undefined;
};

function stepServerExecutor(
  kind: "remote" | "container",
  config: StepServerRunConfig,
  env: Readonly<Record<string, unknown>>,
): StepServerExecutor {
  return new StepServerExecutor(kind, {
    ...config,
    headers: resolveHeaders(config.headers, env, `execution.config.${kind}.headers`),
  });
}

function resolveHeaders(
  headers: StepServerRunConfig["headers"],
  env: Readonly<Record<string, unknown>>,
  path: string,
): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      if (typeof value === "string") return [name, value];
      const text = env[value.env];
      if (typeof text !== "string")
        throw invalid(
          `${path}.${name}: environment variable ${value.env} is not set in the run worker's environment`,
        );
      return [name, text];
    }),
  );
}

function invalid(detail: string): DagflareError {
  return new DagflareError("INVALID_RUN_CONFIG", `invalid run config: ${detail}`);
}

/**
 * `execution.config` is exactly one of several strict objects, and zod reports every option's issues;
 * keep only those of the option whose key was given, or say that exactly one must be.
 */
function givenBranchIssues(error: z.ZodError): z.core.$ZodIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code !== "invalid_union") return [issue];
    const given = issue.errors.find(
      (branch) => !branch.some((inner) => inner.code === "unrecognized_keys" && inner.path.length === 0),
    );
    if (given === undefined)
      return [{ ...issue, message: "expected exactly one executor: in_process, multi, remote or container" }];
    return given.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
  });
}
