/**
 * The default IO manager: outputs as JSON in the run worker's own key-value storage (a Durable
 * Object's storage), next to the run's state. Fast and free of extra services, but bounded: a Durable
 * Object value is at most 2 MB, so larger outputs belong in the R2 IO manager (create-io-manager.ts).
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { KeyValueStore } from "../storage/key-value-store";
import type { IOManager, OutputRef } from "./io-manager";
import { describeOutput, outputNotFound, outputToJson } from "./output-json";

/** 1 MiB of JSON: half a Durable Object value, leaving room for the key and storage overhead. */
export const DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;

export type KeyValueIOManagerOptions = {
  /** Key prefix, so the storage can hold other things too. */
  prefix?: string;
  maxOutputBytes?: number;
};

export class KeyValueIOManager implements IOManager {
  readonly #prefix: string;
  readonly #maxOutputBytes: number;

  constructor(
    private readonly kv: KeyValueStore,
    options: KeyValueIOManagerOptions = {},
  ) {
    this.#prefix = options.prefix ?? "outputs/";
    this.#maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  }

  /** @throws DagflareError BAD_REQUEST when the JSON is over the size limit, suggesting the R2 IO manager. */
  async handleOutput(ref: OutputRef, value: unknown): Promise<void> {
    const json = outputToJson(ref, value);
    const bytes = new TextEncoder().encode(json).byteLength;
    if (bytes > this.#maxOutputBytes) {
      throw new DagflareError(
        "BAD_REQUEST",
        `${describeOutput(ref)} is ${formatBytes(bytes)} as JSON, over the ${formatBytes(this.#maxOutputBytes)} limit of the default (key-value) IO manager, which keeps outputs in the run worker's storage; keep large outputs in R2 with run config resources.io_manager.config.r2.binding: <an R2 bucket binding of the code location>`,
      );
    }
    await this.kv.put(this.#key(ref), json);
  }

  async loadInput(ref: OutputRef): Promise<unknown> {
    const json = await this.kv.get(this.#key(ref));
    if (typeof json !== "string") throw outputNotFound(ref, "the run worker's storage");
    return JSON.parse(json);
  }

  #key(ref: OutputRef): string {
    return `${this.#prefix}${ref.runId}/${ref.stepKey}/${ref.outputName}`;
  }
}

function formatBytes(bytes: number): string {
  return bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KiB`
      : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
