/**
 * The webserver Worker's bindings. Code location service bindings and secrets referenced from the config
 * files (`{env: NAME}`) are looked up by name at call time, hence the index signature.
 * @module
 */
export type WebserverEnv = {
  DB: D1Database;
  /** ui/dist: the UI and the bundled GraphiQL page. */
  ASSETS: Fetcher;
  /** When set, replaces the bundled dagflare.yaml (per-environment config without editing the file). */
  DAGFLARE_INSTANCE_YAML?: string;
  /** When set, replaces the bundled workspace.yaml. */
  DAGFLARE_WORKSPACE_YAML?: string;
  [binding: string]: unknown;
};
