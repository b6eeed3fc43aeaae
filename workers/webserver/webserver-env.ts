/**
 * What the webserver's routes see: the few bindings they read themselves, and the instance and its daemon
 * as the host provides them (lazily, so a broken config file fails the requests that need the instance
 * with its error, while the UI and /server_info still answer).
 * @module
 */
import type { Caller } from "../../shared/auth/caller";
import type { DaemonControl } from "../../shared/instance/daemon-control";
import type { Instance } from "../../shared/instance/instance";

export type WebserverBindings = {
  /** ui/dist: the UI and the bundled GraphiQL page. */
  ASSETS: Fetcher;
  /** Secrets referenced by name (DAGFLARE_INSTANCE_TOKEN). */
  [binding: string]: unknown;
};

export type WebserverVariables = {
  /** @throws ConfigError when the instance's config is invalid. */
  instance: () => Instance;
  daemon: () => DaemonControl;
  /** Who the request comes from (set by auth/identity-middleware.ts on the user-facing routes). */
  caller: Caller;
};

export type WebserverEnv = { Bindings: WebserverBindings; Variables: WebserverVariables };

/** How the host gives the webserver its instance and daemon for a request's bindings. */
export type WebserverHost<Bindings extends WebserverBindings> = {
  instance(env: Bindings): Instance;
  daemon(env: Bindings): DaemonControl;
};
