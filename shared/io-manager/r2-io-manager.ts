/**
 * An IO manager over an R2 bucket: outputs of any size as JSON objects at
 * `runs/<runId>/<stepKey>/<outputName>.json`. Every run writes to the same bucket, so a re-execution
 * reads its parent run's outputs directly.
 * @module
 */
import type { IOManager, OutputRef } from "./io-manager";
import { outputNotFound, outputToJson } from "./output-json";

/** The part of an R2 bucket binding (`R2Bucket`) this uses; an S3-compatible client can provide it too. */
export interface ObjectStore {
  get(key: string): Promise<{ text(): Promise<string> } | null>;
  put(key: string, value: string): Promise<unknown>;
}

export class R2IOManager implements IOManager {
  constructor(private readonly bucket: ObjectStore) {}

  /** The object key of an output. */
  static objectKey(ref: OutputRef): string {
    return `runs/${ref.runId}/${ref.stepKey}/${ref.outputName}.json`;
  }

  async handleOutput(ref: OutputRef, value: unknown): Promise<void> {
    await this.bucket.put(R2IOManager.objectKey(ref), outputToJson(ref, value));
  }

  async loadInput(ref: OutputRef): Promise<unknown> {
    const key = R2IOManager.objectKey(ref);
    const object = await this.bucket.get(key);
    if (object === null) throw outputNotFound(ref, `the R2 bucket (key ${key})`);
    return JSON.parse(await object.text());
  }
}
