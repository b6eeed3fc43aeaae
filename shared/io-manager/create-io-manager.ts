/**
 * Picks the IO manager a run's config asks for in `resources.io_manager` (io-manager-config.ts), over
 * the run worker's storage and environment (its Worker's bindings).
 * @module
 */
import { R2_BINDING } from "../config/worker-bindings";
import { DagflareError } from "../errors/dagflare-error";
import { formatZodIssues } from "../errors/format-zod-issues";
import type { KeyValueStore } from "../storage/key-value-store";
import { IO_MANAGER_KEY, type IOManager } from "./io-manager";
import { R2IOManagerConfigSchema } from "./io-manager-config";
import { KeyValueIOManager } from "./kv-io-manager";
import { R2IOManager } from "./r2-io-manager";

export type IOManagerHost = {
  /** The run worker's own storage: the default IO manager keeps outputs there. */
  readonly kv: KeyValueStore;
  /** The run worker's Worker env (its bindings) or process environment. */
  readonly env: Readonly<Record<string, unknown>>;
  /** How errors name the host: `this run worker`, `this run worker service`. */
  readonly where: string;
};

const PATH = `resources.${IO_MANAGER_KEY}.config`;

/**
 * The IO manager for `runConfig` (validated against the job's run config schema when it was launched,
 * and checked here again against what this run worker has).
 * @throws DagflareError INVALID_RUN_CONFIG at the run-config path that is wrong, including a binding
 * the run worker does not have (saying which wrangler.toml entry declares it).
 */
export function createIOManager(
  runConfig: Readonly<Record<string, unknown>>,
  host: IOManagerHost,
): IOManager {
  const config = child(child(child(runConfig, "resources"), IO_MANAGER_KEY), "config");
  if (config === undefined || (isRecord(config) && Object.keys(config).length === 1 && "kv" in config))
    return new KeyValueIOManager(host.kv);
  if (!isRecord(config) || Object.keys(config).length !== 1 || !("r2" in config))
    throw invalid(`${PATH}: expected exactly one IO manager: kv or r2`);
  const parsed = R2IOManagerConfigSchema.safeParse(config.r2);
  if (!parsed.success) throw invalid(formatZodIssues(parsed.error, `${PATH}.r2`));
  const { binding } = parsed.data;
  const bucket = host.env[binding];
  if (!R2_BINDING.is(bucket)) {
    throw invalid(
      `${PATH}.r2.binding: ${host.where} has no R2 binding named ${binding}; add ${R2_BINDING.entry(binding)} to the code location's wrangler.toml`,
    );
  }
  return new R2IOManager(bucket);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function child(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function invalid(detail: string): DagflareError {
  return new DagflareError("INVALID_RUN_CONFIG", `invalid run config: ${detail}`);
}
