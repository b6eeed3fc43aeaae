/**
 * The peer Worker: a 1-step workflow (the counterpart of hello_job), a 200-step chain of trivial
 * `step.do` calls (the counterpart of chain_job), and the HTTP endpoint a user would put in front of them:
 * `POST /instances/<workflow>` creates an instance, `GET /instances/<workflow>/<id>` answers
 * `instance.status()`. Each step returns `Date.now()` so the chain's output gives its first and last
 * step times (the Workflows counterpart of RUN_START and RUN_SUCCESS).
 */
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";

interface Env {
  ONE_STEP: Workflow;
  CHAIN: Workflow;
}

/** Keep in step with bench/peer-workflows.mjs (it divides the chain's first-to-last step time by 199). */
const CHAIN_STEPS = 200;

export class OneStepWorkflow extends WorkflowEntrypoint<Env> {
  override async run(_event: Readonly<WorkflowEvent<unknown>>, step: WorkflowStep) {
    const at = await step.do("hello", async () => Date.now());
    return { firstStepAt: at, lastStepAt: at };
  }
}

export class ChainWorkflow extends WorkflowEntrypoint<Env> {
  override async run(_event: Readonly<WorkflowEvent<unknown>>, step: WorkflowStep) {
    let firstStepAt = 0;
    let lastStepAt = 0;
    for (let index = 0; index < CHAIN_STEPS; index++) {
      lastStepAt = await step.do(`add_${index}`, async () => Date.now());
      if (index === 0) firstStepAt = lastStepAt;
    }
    return { firstStepAt, lastStepAt };
  }
}

function workflowNamed(env: Env, name: string): Workflow | undefined {
  return name === "one_step" ? env.ONE_STEP : name === "chain" ? env.CHAIN : undefined;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const [, resource, name = "", id] = new URL(request.url).pathname.split("/");
    if (resource === "ready") return new Response("ok");
    const workflow = workflowNamed(env, name);
    if (resource !== "instances" || !workflow) {
      return Response.json(
        { error: `unknown path: expected /instances/one_step or /instances/chain` },
        { status: 404 },
      );
    }
    if (request.method === "POST" && !id) {
      const instance = await workflow.create();
      return Response.json({ id: instance.id }, { status: 201 });
    }
    if (request.method === "GET" && id) return Response.json(await (await workflow.get(id)).status());
    return Response.json(
      { error: "expected POST /instances/<workflow> or GET /instances/<workflow>/<id>" },
      { status: 405 },
    );
  },
} satisfies ExportedHandler<Env>;
