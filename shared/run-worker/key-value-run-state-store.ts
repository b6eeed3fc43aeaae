/**
 * RunStateStore over a KeyValueStore (a Durable Object's storage, or memory). Values are parsed on the
 * way back in, so state written by another version of the worker fails clearly instead of misleading.
 * @module
 */
import type { z } from "zod";
import { formatZodIssues } from "../errors/format-zod-issues";
import { DagflareError } from "../errors/dagflare-error";
import { MemoryKeyValueStore, type KeyValueStore } from "../storage/key-value-store";
import type { NewEvent } from "../storage/event-log-storage";
import {
  RunStateSchema,
  StepStateSchema,
  UnsentEventsSchema,
  type RunState,
  type RunStateStore,
  type StepState,
} from "../executor/run-state-store";

export class KeyValueRunStateStore implements RunStateStore {
  readonly #kv: KeyValueStore;
  readonly #runKey: string;
  readonly #stepPrefix: string;
  readonly #unsentEventsKey: string;

  /** `prefix` namespaces the keys, so one storage can also hold other things (e.g. IO manager outputs). */
  constructor(kv: KeyValueStore, options: { prefix?: string } = {}) {
    const prefix = options.prefix ?? "run-state/";
    this.#kv = kv;
    this.#runKey = `${prefix}run`;
    this.#unsentEventsKey = `${prefix}unsent-events`;
    this.#stepPrefix = `${prefix}step/`;
  }

  async getStepState(stepKey: string): Promise<StepState | undefined> {
    return this.#read(StepStateSchema, `${this.#stepPrefix}${stepKey}`);
  }

  async getStepStates(): Promise<ReadonlyMap<string, StepState>> {
    const entries = await this.#kv.list({ prefix: this.#stepPrefix });
    return new Map(
      [...entries].map(([key, value]) => [
        key.slice(this.#stepPrefix.length),
        parse(StepStateSchema, key, value),
      ]),
    );
  }

  async setStepState(stepKey: string, state: StepState): Promise<void> {
    await this.#kv.put(`${this.#stepPrefix}${stepKey}`, state);
  }

  async getRunState(): Promise<RunState | undefined> {
    return this.#read(RunStateSchema, this.#runKey);
  }

  async setRunState(state: RunState): Promise<void> {
    await this.#kv.put(this.#runKey, state);
  }

  async getUnsentEvents(): Promise<NewEvent[]> {
    return (await this.#read(UnsentEventsSchema, this.#unsentEventsKey)) ?? [];
  }

  async setUnsentEvents(events: readonly NewEvent[]): Promise<void> {
    await this.#kv.put(this.#unsentEventsKey, events);
  }

  async #read<S extends z.ZodType>(schema: S, key: string): Promise<z.output<S> | undefined> {
    const value = await this.#kv.get(key);
    return value === undefined ? undefined : parse(schema, key, value);
  }
}

function parse<S extends z.ZodType>(schema: S, key: string, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new DagflareError(
    "STORAGE_ERROR",
    `run worker state "${key}" is not valid: ${formatZodIssues(parsed.error)}`,
  );
}

/** A RunStateStore in memory: for tests and single-process run workers that need no durability. */
export function createInMemoryRunStateStore(): RunStateStore {
  return new KeyValueRunStateStore(new MemoryKeyValueStore());
}
