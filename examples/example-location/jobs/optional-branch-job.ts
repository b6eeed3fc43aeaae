/**
 * optional_branch_job: conditional outputs. route declares two outputs that are not required and
 * produces only the one `ops.route.config.branch` names, so the op reading the other is skipped and the
 * run still succeeds. summarize's output is required: `ops.summarize.config.forget: true` leaves it out,
 * which fails the step with Dagster's message.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp, Out } from "dagflare";

const route = defineOp({
  name: "route",
  config: z.object({ branch: z.enum(["left", "right"]).default("left") }),
  outs: { left: Out(z.string(), { isRequired: false }), right: Out(z.string(), { isRequired: false }) },
  fn: async (ctx) => (ctx.config.branch === "left" ? { left: "went left" } : { right: "went right" }),
});

const onLeft = defineOp({
  name: "on_left",
  ins: { text: z.string() },
  fn: async (ctx, { text }) => ctx.log.info(`on_left: ${text}`),
});
const onRight = defineOp({
  name: "on_right",
  ins: { text: z.string() },
  fn: async (ctx, { text }) => ctx.log.info(`on_right: ${text}`),
});

const summarize = defineOp({
  name: "summarize",
  config: z.object({
    forget: z.boolean().default(false).describe("Return no summary although it is required."),
  }),
  outs: { summary: z.string() },
  fn: async (ctx) => (ctx.config.forget ? JSON.parse("{}") : { summary: "routed" }),
});

export const optionalBranchJob = defineJob({
  name: "optional_branch_job",
  description: "An optional output that skips the branch reading it.",
  graph: () => {
    const { left, right } = route();
    onLeft({ text: left });
    onRight({ text: right });
    summarize();
  },
});
