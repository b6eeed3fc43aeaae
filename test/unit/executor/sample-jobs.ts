// Small jobs built with the real SDK for the executor and run worker tests.
import { z } from "zod";
import { defineJob, defineOp, RetryPolicy, type DependencyMap } from "../../../shared/definitions";

export const emitOne = defineOp({
  name: "emit_one",
  out: z.number(),
  fn: async (ctx) => {
    ctx.log.info("emitting 1");
    ctx.log.warning("1 is a small number");
    return 1;
  },
});

export const addOne = defineOp({
  name: "add_one",
  ins: { value: z.number() },
  out: z.number(),
  fn: async (_ctx, { value }) => value + 1,
});

export const total = defineOp({
  name: "total",
  ins: { values: z.array(z.number()) },
  out: z.number(),
  fn: async (ctx, { values }) => {
    const sum = values.reduce((a, b) => a + b, 0);
    ctx.reportAssetMaterialization({
      assetKey: ["totals", "diamond"],
      description: "the sum",
      metadata: { sum },
    });
    return sum;
  },
});

export const explode = defineOp({
  name: "explode",
  ins: { value: z.number() },
  out: z.number(),
  fn: async (ctx) => {
    ctx.log.error("about to fail");
    throw new Error("boom");
  },
});

/** emit_one → add_a, add_b (fan-out) → total (fan-in). */
export const diamondJob = defineJob({
  name: "diamond_job",
  graph: () => {
    const one = emitOne();
    total({ values: [addOne.alias("add_a")({ value: one }), addOne.alias("add_b")({ value: one })] });
  },
});

/** emit_one → explode → after, and an independent side branch emit_side → add_side. */
export const failingJob = defineJob({
  name: "failing_job",
  graph: () => {
    addOne.alias("after")({ value: explode({ value: emitOne() }) });
    addOne.alias("add_side")({ value: emitOne.alias("emit_side")() });
  },
});

/** emit_one → flaky → after_flaky, where flaky fails until attempt `succeedOn` (exponential backoff, 1 s delay). */
export function flakyJob(succeedOn: number, maxRetries = 3, name = "flaky_job") {
  const flaky = defineOp({
    name: "flaky",
    ins: { value: z.number() },
    out: z.number(),
    retryPolicy: RetryPolicy({ maxRetries, delay: 1, backoff: "EXPONENTIAL" }),
    fn: async (ctx, { value }) => {
      if (ctx.attempt < succeedOn) throw new Error(`failing attempt ${ctx.attempt}`);
      return value * 10;
    },
  });
  return defineJob({
    name,
    graph: () => void addOne.alias("after_flaky")({ value: flaky({ value: emitOne() }) }),
  });
}

/** emit_one → add_1 → add_2 → ... → add_<length - 1>: `length` steps in a line. */
export function chainJob(length: number) {
  const adds = Array.from({ length: length - 1 }, (_, index) => addOne.alias(`add_${index + 1}`));
  const dependencies: DependencyMap = Object.fromEntries(
    adds.map((node, index) => [
      node.nodeName,
      { value: { node: index === 0 ? "emit_one" : `add_${index}` } },
    ]),
  );
  return defineJob({ name: "chain_job", nodes: [emitOne, ...adds], dependencies });
}

/** slow (waits `ms` through ctx.sleep, so termination interrupts it) → after_slow. */
export function slowJob(ms: number) {
  const slow = defineOp({
    name: "slow",
    out: z.number(),
    fn: async (ctx) => {
      await ctx.sleep(ms);
      return 1;
    },
  });
  return defineJob({ name: "slow_job", graph: () => void addOne.alias("after_slow")({ value: slow() }) });
}

/** talker: prints on stdout and stderr, and logs a warning. */
export const talkJob = defineJob({
  name: "talk_job",
  graph: () =>
    void defineOp({
      name: "talker",
      out: z.string(),
      fn: async (ctx) => {
        console.log("talker says hi");
        console.error("talker warns");
        ctx.log.warning("talker is done");
        return "done";
      },
    })(),
});
