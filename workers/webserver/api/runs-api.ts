/**
 * A small JSON API for CI systems (no GraphQL needed): launch a job, read a run, list runs, terminate.
 * The same run operations as GraphQL (shared/operations), their outcomes mapped to HTTP statuses; bodies
 * are parsed at the edge with zod so a bad request names the field.
 * @module
 */
import { Hono } from "hono";
import { z } from "zod";
import { DagflareError } from "../../../shared/errors/dagflare-error";
import { nowSeconds, type Instance } from "../../../shared/instance/instance";
import { parseRunConfigData, RunConfigDataError } from "../../../shared/run-config/parse-run-config-data";
import { launchRun, type LaunchOutcome } from "../../../shared/operations/launch-run";
import { terminateRun } from "../../../shared/operations/terminate-runs";
import { RUN_STATUSES } from "../../../shared/storage/run-status";
import { loadedRepositories } from "../../../shared/workspace/lookup";
import type { WebserverEnv } from "../webserver-env";
import { readJson } from "./read-json";

const LaunchBodySchema = z.strictObject({
  job: z.string().min(1),
  location: z.string().min(1).optional(),
  repository: z.string().min(1).optional(),
  runConfig: z.union([z.record(z.string(), z.unknown()), z.string()]).optional(),
  tags: z.record(z.string(), z.string()).optional(),
  opSelection: z.array(z.string()).optional(),
  stepKeys: z.array(z.string()).optional(),
  runId: z.string().min(1).optional(),
});

const TerminateBodySchema = z.strictObject({
  policy: z.enum(["SAFE_TERMINATE", "MARK_AS_CANCELED_IMMEDIATELY"]).optional(),
});

const ListQuerySchema = z.object({
  status: z.enum(RUN_STATUSES).optional(),
  job: z.string().optional(),
  /** `key=value`; repeat the parameter for several tags. */
  tag: z.array(z.string().regex(/^[^=]+=.*$/, "expected key=value")).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().optional(),
});

export const runsApi = new Hono<WebserverEnv>();

runsApi.post("/", async (c) => {
  const body = LaunchBodySchema.parse(await readJson(c.req.raw));
  const instance = c.var.instance();
  const target = await resolveJobLocation(instance, body.job, body.location, body.repository);
  const runConfig = readRunConfig(body.runConfig);
  if (runConfig instanceof RunConfigDataError) {
    return c.json(
      invalidRunConfig(body.job, [{ reason: runConfig.reason, path: [], message: runConfig.message }]),
      400,
    );
  }
  const request = {
    ...target,
    jobName: body.job,
    runConfig,
    tags: body.tags,
    opSelection: body.opSelection,
    stepKeys: body.stepKeys,
    runId: body.runId,
  };
  const outcome = await launchRun(instance, request, nowSeconds(), c.var.caller);
  const [status, payload] = launchResponse(outcome);
  return c.json(payload, status);
});

runsApi.get("/", async (c) => {
  const query = ListQuerySchema.parse({ ...c.req.query(), tag: c.req.queries("tag") });
  const tags = (query.tag ?? []).map((pair) => {
    const [key = "", ...value] = pair.split("=");
    return { key, value: value.join("=") };
  });
  const runs = await c.var.instance().storage.runs.getRuns(
    {
      ...(query.status ? { statuses: [query.status] } : {}),
      ...(query.job ? { jobName: query.job } : {}),
      ...(tags.length ? { tags } : {}),
    },
    { limit: query.limit, cursor: query.cursor },
  );
  return c.json({ runs, nextCursor: runs.length === query.limit ? (runs.at(-1)?.runId ?? null) : null });
});

runsApi.get("/:runId", async (c) => {
  const run = await c.var.instance().storage.runs.getRun(c.req.param("runId"));
  return run ? c.json({ run }) : c.json({ error: `Run ${c.req.param("runId")} could not be found.` }, 404);
});

runsApi.post("/:runId/terminate", async (c) => {
  const body = TerminateBodySchema.parse((await readJson(c.req.raw, true)) ?? {});
  const outcome = await terminateRun(
    c.var.instance(),
    c.req.param("runId"),
    body.policy ?? "SAFE_TERMINATE",
    nowSeconds(),
    c.var.caller,
  );
  if (outcome.kind === "not_found") return c.json({ error: `Run ${outcome.runId} could not be found.` }, 404);
  if (outcome.kind === "failed") return c.json({ error: outcome.message, run: outcome.run }, 409);
  return c.json({ run: outcome.run });
});

function launchResponse(outcome: LaunchOutcome): [201 | 400 | 404 | 409 | 502, Record<string, unknown>] {
  switch (outcome.kind) {
    case "launched":
      return [201, { run: outcome.run }];
    case "job_not_found":
      return [404, { error: outcome.message }];
    case "location_error":
      return [502, { error: `The job's code location failed to load: ${outcome.error.message}` }];
    case "invalid_subset":
      return [400, { error: outcome.message, field: "opSelection" }];
    case "invalid_step":
      return [400, { error: `stepKeys: ${outcome.stepKey} is not a step of this job`, field: "stepKeys" }];
    case "invalid_run_config":
      return [
        400,
        invalidRunConfig(
          outcome.jobName,
          outcome.errors.map(({ reason, message, path }) => ({ reason, message, path })),
        ),
      ];
    case "run_conflict":
      return [409, { error: outcome.message, field: "runId" }];
  }
}

/** The run config as an object, or why its data is not one (YAML that does not parse, a value that is not a mapping). */
function readRunConfig(data: unknown): Record<string, unknown> | RunConfigDataError {
  try {
    return parseRunConfigData(data);
  } catch (thrown) {
    if (thrown instanceof RunConfigDataError) return thrown;
    throw thrown;
  }
}

/** The documented bad run config answer: what was wrong, in which field, and each error with its reason and path. */
function invalidRunConfig(
  jobName: string,
  errors: readonly { reason: string; message: string; path: string[] }[],
) {
  return { error: `Run config for job ${jobName} is invalid`, field: "runConfig", errors };
}

/** The location and repository holding `job`; without a location, the job name must be unique. */
async function resolveJobLocation(instance: Instance, job: string, location?: string, repository?: string) {
  if (location) return { locationName: location, repositoryName: repository ?? "__repository__" };
  const holders = loadedRepositories(await instance.workspace.entries()).filter(
    (candidate) =>
      candidate.snapshot.jobs.some((definition) => definition.name === job) &&
      (!repository || candidate.snapshot.repositoryName === repository),
  );
  if (holders.length === 1 && holders[0])
    return { locationName: holders[0].locationName, repositoryName: holders[0].snapshot.repositoryName };
  if (holders.length === 0)
    throw new DagflareError("NOT_FOUND", `job: no loaded code location has a job named ${job}`);
  throw new DagflareError(
    "BAD_REQUEST",
    `job: ${job} exists in several code locations (${holders.map((holder) => holder.locationName).join(", ")}); give "location"`,
  );
}
