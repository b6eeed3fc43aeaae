/**
 * Bindings a config key names (`storage.binding`, `compute_logs.binding`, ...), looked up in the Worker's
 * env when the instance is built, so a missing one is a configuration error that says which key needs it
 * and the wrangler.toml entry that declares it, not a failure at first use.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";

export type BindingKind<T> = {
  /** How wrangler names the kind ("D1", "R2"). */
  noun: string;
  /** The wrangler.toml entry that declares a binding of this kind named `name`. */
  entry: (name: string) => string;
  is: (value: unknown) => value is T;
};

export const D1_BINDING: BindingKind<D1Database> = {
  noun: "D1",
  entry: (name) => `a [[d1_databases]] entry with binding = "${name}"`,
  is: (value): value is D1Database =>
    typeof value === "object" && value !== null && "prepare" in value && "batch" in value,
};

export const R2_BINDING: BindingKind<R2Bucket> = {
  noun: "R2",
  entry: (name) => `an [[r2_buckets]] entry with binding = "${name}"`,
  is: (value): value is R2Bucket =>
    typeof value === "object" && value !== null && "head" in value && "createMultipartUpload" in value,
};

export const HYPERDRIVE_BINDING: BindingKind<Hyperdrive> = {
  noun: "Hyperdrive",
  entry: (name) =>
    `a [[hyperdrive]] entry with binding = "${name}" (and localConnectionString, or the CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_${name} variable, for wrangler dev)`,
  is: (value): value is Hyperdrive =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as { connectionString?: unknown }).connectionString === "string",
};

/**
 * The binding `name` of `kind`, which the config key `key` asks for; `why` (ending in ", but ") says why
 * when the key is not the binding's name itself.
 * @throws DagflareError INVALID_CONFIG naming the key, the binding and the wrangler.toml entry.
 */
export function requireBinding<T>(
  env: Record<string, unknown>,
  kind: BindingKind<T>,
  name: string,
  key: string,
  why = "",
): T {
  const value = env[name];
  if (!kind.is(value)) {
    throw new DagflareError(
      "INVALID_CONFIG",
      `${key}: ${why}the Worker has no ${kind.noun} binding named ${name}; add ${kind.entry(name)} to wrangler.toml`,
    );
  }
  return value;
}
