/**
 * The workspace: every code location named in workspace.yaml, its client, and its definitions snapshot
 * cached in storage (Dagster's WorkspaceProcessContext). Every webserver isolate and the daemon read the
 * same cached snapshot; a location is asked for its definitions only when it has none stored yet or when
 * someone reloads it, so a request never waits on every location.
 * @module
 */
import type { CodeLocationConfig } from "../config/workspace-config";
import type { CodeLocationClient } from "../code-location/client";
import { toSerializableError } from "../errors/serializable-error";
import type { CodeLocationEntry, CodeLocationStorage } from "../storage/code-location-storage";

export type WorkspaceDeps = {
  locations: readonly CodeLocationConfig[];
  storage: CodeLocationStorage;
  clientFor: (location: CodeLocationConfig) => CodeLocationClient;
  /** Epoch seconds; a parameter so tests control time. */
  now: () => number;
};

/** What shutting a location down did (Dagster's shutdownRepositoryLocation outcomes, as data). */
export type ShutdownOutcome =
  | { kind: "shut_down" }
  | { kind: "not_found" }
  | { kind: "not_supported"; message: string };

export class Workspace {
  readonly #deps: WorkspaceDeps;
  readonly #clients = new Map<string, CodeLocationClient>();

  constructor(deps: WorkspaceDeps) {
    this.#deps = deps;
  }

  /** Location names in workspace.yaml order. */
  get locationNames(): string[] {
    return this.#deps.locations.map((location) => location.locationName);
  }

  has(name: string): boolean {
    return this.#deps.locations.some((location) => location.locationName === name);
  }

  /** The client for a configured location; throws if the name is not in the workspace. */
  client(name: string): CodeLocationClient {
    const cached = this.#clients.get(name);
    if (cached) return cached;
    const location = this.#deps.locations.find((candidate) => candidate.locationName === name);
    if (!location) throw new Error(`Location ${name} does not exist.`);
    const client = this.#deps.clientFor(location);
    this.#clients.set(name, client);
    return client;
  }

  /** Every configured location's entry, loading (in parallel) those never loaded before. */
  async entries(): Promise<CodeLocationEntry[]> {
    const stored = new Map((await this.#deps.storage.listLocations()).map((entry) => [entry.name, entry]));
    return Promise.all(this.locationNames.map((name) => stored.get(name) ?? this.reload(name)));
  }

  /** One location's entry (loading it if never loaded), or null if the name is not in the workspace. */
  async entry(name: string): Promise<CodeLocationEntry | null> {
    if (!this.has(name)) return null;
    return (await this.#deps.storage.getLocation(name)) ?? this.reload(name);
  }

  /**
   * Asks the location for its definitions and stores the result, replacing the previous snapshot.
   * A location that cannot be reached or fails to load is stored as a load error; others are unaffected.
   */
  async reload(name: string): Promise<CodeLocationEntry> {
    const updateTime = this.#deps.now();
    const versionKey = `${updateTime}-${crypto.randomUUID().slice(0, 8)}`;
    let entry: CodeLocationEntry;
    try {
      const result = await this.client(name).loadDefinitions();
      entry = result.ok
        ? { name, snapshot: result.snapshot, loadError: null, updateTime, versionKey }
        : { name, snapshot: null, loadError: result.error, updateTime, versionKey };
    } catch (thrown) {
      entry = { name, snapshot: null, loadError: toSerializableError(thrown), updateTime, versionKey };
    }
    await this.#deps.storage.putLocation(entry);
    return entry;
  }

  /**
   * Dagster's shutdownRepositoryLocation: drops the location's loaded state (its stored snapshot and this
   * isolate's client), so the next use asks the location for its definitions again. As in Dagster, only a
   * location that loaded can be shut down: one whose last load failed has nothing loaded and is reloaded
   * instead. A location with nothing stored is already shut down, so a repeated request succeeds again.
   */
  async shutdown(name: string): Promise<ShutdownOutcome> {
    if (!this.has(name)) return { kind: "not_found" };
    const stored = await this.#deps.storage.getLocation(name);
    if (stored?.loadError) {
      return {
        kind: "not_supported",
        message: `Location ${name} cannot be shut down: it failed to load (${stored.loadError.message}); reload it instead.`,
      };
    }
    await this.#deps.storage.deleteLocation(name);
    this.#clients.delete(name);
    return { kind: "shut_down" };
  }

  async reloadAll(): Promise<CodeLocationEntry[]> {
    return Promise.all(this.locationNames.map((name) => this.reload(name)));
  }
}
