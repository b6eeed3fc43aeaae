/**
 * `dagflare deploy [--dry-run]`: resources created or reused, migrations applied remotely, then the code
 * locations and the instance host deployed in that order, and their URLs printed. `--dry-run` builds and
 * checks every Worker exactly as `wrangler deploy` would (`--dry-run --outdir`), with no account.
 * @module
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command } from "commander";
import pc from "picocolors";
import { buildAssets } from "../../scripts/lib/build-assets.mjs";
import { contextOf } from "../context";
import { deployPlan } from "../deploy/deploy-plan";
import { ensureBuckets, ensureDatabase, ensureQueues } from "../deploy/provision";
import { wrangler } from "../deploy/wrangler";
import { emit, printTable } from "../output/output";
import { withProgress } from "../output/progress";
import { PACKAGE_ROOT } from "../system/package-root";
import { findProject } from "../system/project";

type Deployed = { config: string; url: string | null; bytes?: number };

export function deployCommand(): Command {
  return new Command("deploy")
    .description(
      "deploy to Cloudflare: create the D1 database, R2 bucket and queue if missing, migrate, deploy the code locations, then the webserver",
    )
    .option("--dry-run", "build and check every Worker without an account; nothing is created or uploaded")
    .option("--outdir <dir>", "where --dry-run writes each Worker's bundle", ".dagflare/deploy")
    .addHelpText(
      "after",
      "\nExamples:\n  dagflare deploy --dry-run\n  CLOUDFLARE_API_TOKEN=... dagflare deploy",
    )
    .action(async (options: { dryRun?: boolean; outdir: string }, command: Command) => {
      const { json } = contextOf(command);
      const project = findProject();
      const plan = deployPlan(project);
      await withProgress("Building the UI", () => buildAssets(PACKAGE_ROOT));
      const deployed = options.dryRun
        ? await dryRun(project, plan.workers, resolve(project, options.outdir))
        : await deploy(project, plan);
      emit(json, { dryRun: options.dryRun === true, plan, workers: deployed }, () => {
        printTable(deployed, [
          { header: "WORKER", value: (worker) => worker.config },
          options.dryRun
            ? { header: "BUNDLE", value: (worker) => `${Math.round((worker.bytes ?? 0) / 1024)} KiB` }
            : { header: "URL", value: (worker) => worker.url },
        ]);
        if (options.dryRun)
          console.log(
            pc.dim(
              `\nDry run: every Worker built and checked into ${options.outdir}; nothing was created or uploaded.`,
            ),
          );
      });
    });
}

async function dryRun(project: string, workers: readonly string[], outdir: string): Promise<Deployed[]> {
  const built: Deployed[] = [];
  for (const config of workers) {
    const out = join(
      outdir,
      config.replace(/\/?wrangler\.toml$/, "").replaceAll("/", "_") || "instance-host",
    );
    await withProgress(`Building ${config}`, () =>
      wrangler(project, ["deploy", "--dry-run", "--outdir", out, "-c", config]),
    );
    built.push({ config, url: null, bytes: bundleBytes(out) });
  }
  return built;
}

/** The bundle's JavaScript (wrangler names it after the Worker's main module), source maps aside. */
function bundleBytes(outdir: string): number {
  return readdirSync(outdir)
    .filter((file) => file.endsWith(".js"))
    .reduce((total, file) => total + statSync(join(outdir, file)).size, 0);
}

async function deploy(project: string, plan: ReturnType<typeof deployPlan>): Promise<Deployed[]> {
  await withProgress(
    `D1 database ${plan.database.name}`,
    () => ensureDatabase(project, plan),
    (database) =>
      `D1 database ${plan.database.name} ${database.created ? "created" : "exists"} (${database.id})`,
  );
  await withProgress(
    `R2 buckets ${plan.buckets.join(", ")}`,
    () => ensureBuckets(project, plan),
    (made) => `R2 buckets ready${made.length ? ` (created ${made.join(", ")})` : ""}`,
  );
  await withProgress(
    `Queues ${plan.queues.join(", ")}`,
    () => ensureQueues(project, plan),
    (made) => `Queues ready${made.length ? ` (created ${made.join(", ")})` : ""}`,
  );
  await withProgress("Applying migrations remotely", () =>
    wrangler(project, ["d1", "migrations", "apply", "DB", "--remote"]),
  );
  const deployed: Deployed[] = [];
  for (const config of plan.workers) {
    const { stdout } = await withProgress(`Deploying ${config}`, () =>
      wrangler(project, ["deploy", "-c", config]),
    );
    deployed.push({ config, url: /https:\/\/\S+\.workers\.dev/.exec(stdout)?.[0] ?? null });
  }
  return deployed;
}
