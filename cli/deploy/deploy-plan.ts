/**
 * What `dagflare deploy` deploys, read from the project: the instance host's resources (D1 database, R2
 * buckets, queues) from its wrangler.toml, and its Workers in order — every code location the host binds
 * first (they serve definitions and host run workers), then the host, which reaches them by binding.
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { boundServices, codeLocationConfigs } from "../../scripts/lib/dev-system.mjs";

export type DeployPlan = {
  database: { name: string; id: string };
  buckets: string[];
  queues: string[];
  /** wrangler.toml paths relative to the project, code locations first, the host last. */
  workers: string[];
};

export const PLACEHOLDER_DATABASE_ID = "00000000-0000-0000-0000-000000000000";

export function deployPlan(project: string): DeployPlan {
  const toml = readFileSync(join(project, "wrangler.toml"), "utf8");
  const values = (key: string) =>
    [...toml.matchAll(new RegExp(`^\\s*${key}\\s*=\\s*"([^"]+)"`, "gm"))].map((match) => match[1]!);
  return {
    database: {
      name: values("database_name")[0] ?? "dagflare",
      id: values("database_id")[0] ?? PLACEHOLDER_DATABASE_ID,
    },
    buckets: [...new Set(values("bucket_name"))],
    queues: [...new Set(values("queue"))],
    workers: [
      ...codeLocationConfigs(project, boundServices(join(project, "wrangler.toml"))),
      "wrangler.toml",
    ],
  };
}
