/**
 * Creating what a deployment needs and is missing — the D1 database (its id written into wrangler.toml),
 * the R2 buckets, the queues — and using what exists. Each step asks wrangler what there is first, so a
 * second deploy creates nothing.
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CliError } from "../output/cli-error";
import type { DeployPlan } from "./deploy-plan";
import { wrangler } from "./wrangler";

/** Resolves with the database's id, written into wrangler.toml when it was not there. */
export async function ensureDatabase(
  project: string,
  plan: DeployPlan,
): Promise<{ id: string; created: boolean }> {
  const listed = JSON.parse((await wrangler(project, ["d1", "list", "--json"])).stdout) as {
    uuid: string;
    name: string;
  }[];
  let id = listed.find((database) => database.name === plan.database.name)?.uuid;
  const created = id === undefined;
  if (!id) {
    const { stdout } = await wrangler(project, ["d1", "create", plan.database.name]);
    id = /"?database_id"?\s*[:=]\s*"([0-9a-f-]{36})"/.exec(stdout)?.[1];
    if (!id)
      throw new CliError(`wrangler d1 create ${plan.database.name} did not print the new database's id`, [
        stdout.trim().slice(-400),
      ]);
  }
  if (id !== plan.database.id) {
    const path = join(project, "wrangler.toml");
    writeFileSync(path, readFileSync(path, "utf8").replace(/^(\s*database_id\s*=\s*)"[^"]*"/m, `$1"${id}"`));
  }
  return { id, created };
}

/** Resolves with the buckets it created. */
export async function ensureBuckets(project: string, plan: DeployPlan): Promise<string[]> {
  const { stdout } = await wrangler(project, ["r2", "bucket", "list"]);
  const existing = new Set([...stdout.matchAll(/^name:\s*(\S+)/gm)].map((match) => match[1]));
  const missing = plan.buckets.filter((bucket) => !existing.has(bucket));
  for (const bucket of missing) await wrangler(project, ["r2", "bucket", "create", bucket]);
  return missing;
}

/** Resolves with the queues it created. */
export async function ensureQueues(project: string, plan: DeployPlan): Promise<string[]> {
  const { stdout } = await wrangler(project, ["queues", "list"]);
  const missing = plan.queues.filter((queue) => !new RegExp(`\\b${queue}\\b`).test(stdout));
  for (const queue of missing) await wrangler(project, ["queues", "create", queue]);
  return missing;
}
