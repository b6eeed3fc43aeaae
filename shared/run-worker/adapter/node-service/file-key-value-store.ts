/**
 * A KeyValueStore over files, one JSON file per key in a folder: what the Node run-worker service keeps
 * each run's state, record and outputs in, so a restarted service resumes its runs. A write goes to a
 * temporary file renamed over the old one, so a process killed mid-write leaves the old value or the new
 * one, never half of either. Values must be JSON (the run worker only stores JSON).
 * @module
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { KeyValueStore } from "../../../storage/key-value-store";

const SUFFIX = ".json";

/** A file-name-safe, reversible encoding: `/` and `.` included, so no key escapes the folder. */
export function encodeName(key: string): string {
  return encodeURIComponent(key).replaceAll(".", "%2E").replaceAll("*", "%2A");
}

export class FileKeyValueStore implements KeyValueStore {
  /** `folder` is created on the first write; reading a folder that does not exist finds nothing. */
  constructor(private readonly folder: string) {}

  async get(key: string): Promise<unknown> {
    return this.#read(this.#path(key));
  }

  async put(key: string, value: unknown): Promise<void> {
    const path = this.#path(key);
    const temporary = `${path}.${process.pid}.${crypto.randomUUID()}.tmp`;
    await mkdir(this.folder, { recursive: true });
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, path);
  }

  async delete(key: string): Promise<boolean> {
    const existed = (await this.get(key)) !== undefined;
    await rm(this.#path(key), { force: true });
    return existed;
  }

  async list(options: { prefix: string }): Promise<Map<string, unknown>> {
    const keys = (await this.#names())
      .filter((name) => name.endsWith(SUFFIX))
      .map((name) => decodeURIComponent(name.slice(0, -SUFFIX.length)));
    const matching = keys.filter((key) => key.startsWith(options.prefix)).sort();
    const values = await Promise.all(matching.map((key) => this.get(key)));
    return new Map(matching.map((key, index) => [key, values[index]]));
  }

  #path(key: string): string {
    return join(this.folder, `${encodeName(key)}${SUFFIX}`);
  }

  async #names(): Promise<string[]> {
    try {
      return await readdir(this.folder);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  async #read(path: string): Promise<unknown> {
    try {
      return JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT";
}
