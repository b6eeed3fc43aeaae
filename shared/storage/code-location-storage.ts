/**
 * Cached code location snapshots, so every webserver isolate and the daemon read the same definitions
 * without asking each code location on every request. Reloading a location replaces its entry.
 * @module
 */
import type { SerializableError } from "../errors/serializable-error";
import type { RepositorySnapshot } from "../protocol/code-location-protocol";

export type CodeLocationEntry = {
  name: string;
  /** Present when the location loaded. */
  snapshot: RepositorySnapshot | null;
  /** Present when it failed to load. */
  loadError: SerializableError | null;
  /** Epoch seconds of the last (re)load. */
  updateTime: number;
  /** Changes on every reload: lets caches notice a new version. */
  versionKey: string;
};

export interface CodeLocationStorage {
  putLocation(entry: CodeLocationEntry): Promise<void>;
  getLocation(name: string): Promise<CodeLocationEntry | null>;
  listLocations(): Promise<CodeLocationEntry[]>;
  deleteLocation(name: string): Promise<void>;
}
