/**
 * Op hooks (Dagster's @success_hook / @failure_hook): callbacks run right after a step, in the code
 * location that ran it, attached to ops (`op.withHooks([...])`) or to a whole job (`defineJob({ hooks })`).
 * A hook that throws does not change the step's outcome: it is reported as HOOK_ERRORED.
 * @module
 */
import { toSerializableError } from "../errors/serializable-error";
import type { HookResult } from "../protocol/code-location-protocol";
import { createLogCollector, type Logger } from "./log-collector";
import { duplicateProblems, nameProblems } from "./names";
import type { Awaitable } from "./sdk-types";

/** What a hook's `fn` receives (Dagster's HookContext). */
export interface HookContext {
  readonly runId: string;
  readonly jobName: string;
  /** The step that triggered the hook, e.g. `process[chunk_1]`. */
  readonly stepKey: string;
  readonly opName: string;
  /** The mapping key of a mapped step. */
  readonly mappingKey: string | undefined;
  readonly log: Logger;
  /** Success hooks: what the op produced by output name (a dynamic output: mapping key to value). */
  readonly opOutputValues: Readonly<Record<string, unknown>>;
  /** Failure hooks: what the op threw, or the error that failed the step (its config, inputs or outputs). */
  readonly opException: unknown;
}

export type HookTrigger = "SUCCESS" | "FAILURE";

export interface HookDefinition {
  readonly kind: "hook";
  /** `^[A-Za-z0-9_]+$`. */
  readonly name: string;
  readonly description: string | undefined;
  /** The step outcome that runs the hook; on the other one it is skipped (HOOK_SKIPPED). */
  readonly trigger: HookTrigger;
  readonly fn: (context: HookContext) => Awaitable<void>;
}

export type HookSpec = { name: string; description?: string; fn: (context: HookContext) => Awaitable<void> };

/** A hook run when its step succeeds (Dagster's @success_hook). */
export function defineSuccessHook(spec: HookSpec): HookDefinition {
  return hookOf(spec, "SUCCESS");
}

/** A hook run when its step fails (Dagster's @failure_hook); not on a failure that is retried. */
export function defineFailureHook(spec: HookSpec): HookDefinition {
  return hookOf(spec, "FAILURE");
}

function hookOf(spec: HookSpec, trigger: HookTrigger): HookDefinition {
  return Object.freeze({
    kind: "hook",
    name: spec.name,
    description: spec.description,
    trigger,
    fn: spec.fn,
  });
}

/** Problems with the hooks attached at `where` (a node or a job): bad or repeated names. */
export function hookProblems(where: string, hooks: readonly HookDefinition[]): string[] {
  return [
    ...hooks.flatMap((hook) => nameProblems(`${where}: hook`, hook.name)),
    ...duplicateProblems(
      "hook",
      hooks.map((hook) => hook.name),
    ).map((line) => `${where}: ${line}`),
  ];
}

/**
 * Runs the hooks of a finished step: those whose trigger matches the outcome, one after another, in
 * attachment order; the others are skipped. Each hook's log lines come back with its result, so they
 * are written after the step's outcome. `userCode` wraps each call (console capture).
 */
export async function runHooks(
  hooks: readonly HookDefinition[],
  outcome: HookTrigger,
  context: Omit<HookContext, "log">,
  userCode: (work: () => Promise<void>) => Promise<void>,
): Promise<HookResult[]> {
  const results: HookResult[] = [];
  for (const hook of hooks) {
    if (hook.trigger !== outcome) {
      results.push({ name: hook.name, status: "SKIPPED" });
      continue;
    }
    const { log, lines } = createLogCollector();
    try {
      await userCode(async () => hook.fn({ ...context, log }));
      results.push({ name: hook.name, status: "COMPLETED", logs: lines });
    } catch (error) {
      results.push({ name: hook.name, status: "ERRORED", error: toSerializableError(error), logs: lines });
    }
  }
  return results;
}
