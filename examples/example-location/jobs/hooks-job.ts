/**
 * hooks_job: op hooks. The job's hooks (announce_success, report_failure) run after each of its steps;
 * greet also carries broken_notifier, a success hook that throws, which is reported (HOOK_ERRORED)
 * without failing the run. `ops.shout.config.fail: true` makes shout fail, so report_failure runs.
 * @module
 */
import { z } from "zod";
import { defineFailureHook, defineJob, defineOp, defineSuccessHook } from "dagflare";

const announceSuccess = defineSuccessHook({
  name: "announce_success",
  fn: async (ctx) =>
    ctx.log.info(
      `hook announce_success: ${ctx.stepKey} of run ${ctx.runId} produced ${JSON.stringify(ctx.opOutputValues)}`,
    ),
});

const reportFailure = defineFailureHook({
  name: "report_failure",
  fn: async (ctx) =>
    ctx.log.error(
      `hook report_failure: ${ctx.stepKey} failed: ${ctx.opException instanceof Error ? ctx.opException.message : String(ctx.opException)}`,
    ),
});

const brokenNotifier = defineSuccessHook({
  name: "broken_notifier",
  fn: async () => {
    throw new Error("the notifier is down");
  },
});

const greet = defineOp({ name: "greet", out: z.string(), fn: async () => "hello" });

const shout = defineOp({
  name: "shout",
  config: z.object({ fail: z.boolean().default(false).describe("Throw instead of shouting.") }),
  ins: { text: z.string() },
  out: z.string(),
  fn: async (ctx, { text }) => {
    if (ctx.config.fail) throw new Error("shout: lost its voice");
    return text.toUpperCase();
  },
});

export const hooksJob = defineJob({
  name: "hooks_job",
  description: "Success and failure hooks on a job and on one op.",
  hooks: [announceSuccess, reportFailure],
  graph: () => {
    shout({ text: greet.withHooks([brokenNotifier])() });
  },
});
