/**
 * The InstanceApi client for run workers outside Cloudflare: the webserver's instance API over
 * authenticated HTTP (instance-api-http.ts). Same contract as the service-binding client: failures come
 * back as STORAGE_ERROR naming the URL and the method.
 * @module
 */
import type { z } from "zod";
import type { ComputeLogBatch } from "../storage/compute-logs/compute-log-manager";
import { formatZodIssues } from "../errors/format-zod-issues";
import { DagflareError } from "../errors/dagflare-error";
import type { NewEvent } from "../storage/event-log-storage";
import type { RunRecord } from "../storage/run-storage";
import { bearer } from "../http/bearer-token";
import { globalFetch, withDeadline, type Fetch } from "../http/http-fetch";
import type { InstanceApi } from "./instance-api";
import type { ClaimResult, SlotClaim } from "../concurrency/concurrency-ledger";
import {
  ClaimPoolSlotAnswerSchema,
  FreePoolSlotAnswerSchema,
  GetRunAnswerSchema,
  INSTANCE_API_HTTP_PATH,
  StoreComputeLogsAnswerSchema,
  StoreEventsAnswerSchema,
} from "./instance-api-http";

export type HttpInstanceApiClientOptions = {
  /** The webserver's base URL, e.g. `https://dagflare.example.com`. */
  readonly url: string;
  /** The webserver's DAGFLARE_INSTANCE_TOKEN. */
  readonly token: string;
  /** Per call; default 30 s. */
  readonly timeoutMs?: number;
  readonly fetch?: Fetch;
};

const DEFAULT_TIMEOUT_MS = 30_000;

export class HttpInstanceApiClient implements InstanceApi {
  readonly #base: string;
  readonly #token: string;
  readonly #send: Fetch;

  constructor(options: HttpInstanceApiClientOptions) {
    this.#base = `${options.url.replace(/\/+$/, "")}${INSTANCE_API_HTTP_PATH}`;
    this.#token = options.token;
    this.#send = withDeadline(options.fetch ?? globalFetch, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }

  async storeEvents(events: NewEvent[]): Promise<void> {
    await this.#call("storeEvents", { events }, StoreEventsAnswerSchema);
  }

  async getRun(runId: string): Promise<RunRecord | null> {
    return (await this.#call("getRun", { runId }, GetRunAnswerSchema)).run;
  }

  async storeComputeLogs(batch: ComputeLogBatch): Promise<void> {
    await this.#call("storeComputeLogs", { batch }, StoreComputeLogsAnswerSchema);
  }

  async claimPoolSlot(claim: SlotClaim): Promise<ClaimResult> {
    return (await this.#call("claimPoolSlot", { claim }, ClaimPoolSlotAnswerSchema)).result;
  }

  async freePoolSlot(runId: string, stepKey: string): Promise<void> {
    await this.#call("freePoolSlot", { runId, stepKey }, FreePoolSlotAnswerSchema);
  }

  /** @throws DagflareError STORAGE_ERROR `"instance API at <url>: <method> failed: ..."`. */
  async #call<S extends z.ZodType>(
    method: keyof InstanceApi,
    body: unknown,
    schema: S,
  ): Promise<z.output<S>> {
    const url = `${this.#base}/${method}`;
    const fail = (why: string, cause?: unknown) =>
      new DagflareError("STORAGE_ERROR", `instance API at ${url}: ${method} failed: ${why}`, { cause });
    let text: string;
    try {
      const response = await this.#send(
        new Request(url, {
          method: "POST",
          headers: { authorization: bearer(this.#token), "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
      );
      text = await response.text();
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
    } catch (error) {
      throw fail(error instanceof Error ? error.message : String(error), error);
    }
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      throw fail(`the answer is not JSON: ${text.slice(0, 200)}`);
    }
    const parsed = schema.safeParse(answer);
    if (!parsed.success) throw fail(`unexpected answer: ${formatZodIssues(parsed.error, "answer")}`);
    return parsed.data;
  }
}
