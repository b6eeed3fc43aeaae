/**
 * The `noop` compute log manager (Dagster's NoOpComputeLogManager): keeps nothing. Steps still announce
 * their captures; reads find nothing and every capture counts as complete.
 * @module
 */
import type { CapturedLogMetadata, ComputeLogManager, StreamSlice } from "./compute-log-manager";

export class NoOpComputeLogManager implements ComputeLogManager {
  async writeChunks(): Promise<void> {}

  async markComplete(): Promise<void> {}

  async deleteLogsForRun(): Promise<void> {}

  async isCaptureComplete(): Promise<boolean> {
    return true;
  }

  async readStream(): Promise<StreamSlice | null> {
    return null;
  }

  async getLogMetadata(): Promise<CapturedLogMetadata> {
    return { stdoutDownloadUrl: null, stdoutLocation: null, stderrDownloadUrl: null, stderrLocation: null };
  }
}
