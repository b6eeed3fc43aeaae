/**
 * What invoking an op inside a job's graph function returns: a reference to one output of one node,
 * typed with the value it will carry so wiring a string into a number input fails to compile. A dynamic
 * output's reference (and the outputs of nodes mapped over it) can only be mapped over or collected.
 * @module
 */

declare const valueType: unique symbol;

export type OutputRef = { readonly node: string; readonly output: string };

/** A reference to output `output` of node `node`; passing it to another op's invocation wires a dependency. */
export interface OutputHandle<T = unknown> {
  readonly node: string;
  readonly output: string;
  /** Type-level only: the value the output carries. */
  readonly [valueType]?: T;
}

/** What `.map(fn)` returns for what `fn` returned: its handles, as dynamic handles to map or collect. */
export type MappedResult<H> =
  H extends OutputHandle<infer R>
    ? DynamicOutputHandle<R>
    : H extends Readonly<Record<string, OutputHandle>>
      ? { readonly [K in keyof H]: H[K] extends OutputHandle<infer R> ? DynamicOutputHandle<R> : never }
      : undefined;

/**
 * A dynamic output (Dagster's DynamicOut), or an output of a node mapped over one. Not an input by itself:
 * `.map(fn)` wires `fn`'s ops once per mapping key (steps `op[mapping_key]`), `.collect()` fans every
 * mapped value back in as a list.
 */
export interface DynamicOutputHandle<T = unknown> {
  readonly node: string;
  readonly output: string;
  map<H>(fn: (item: OutputHandle<T>) => H): MappedResult<H>;
  collect(): OutputHandle<T[]>;
}

/** How an input reads a handle: as is, one mapped value per mapping key, or all of them as a list. */
export type HandleUse =
  | { readonly kind: "STATIC" }
  | { readonly kind: "MAPPED" | "COLLECT"; readonly root: OutputRef }
  | { readonly kind: "DYNAMIC" };

class RecordedOutput implements OutputHandle {
  constructor(
    readonly node: string,
    readonly output: string,
    /** The dynamic output this handle is one mapped value of (inside a `.map` function). */
    readonly mappedOver?: OutputRef,
  ) {
    Object.freeze(this);
  }
}

class CollectedOutput implements OutputHandle {
  constructor(
    readonly node: string,
    readonly output: string,
    readonly root: OutputRef,
  ) {
    Object.freeze(this);
  }
}

class DynamicOutputs implements DynamicOutputHandle {
  constructor(
    readonly node: string,
    readonly output: string,
    readonly root: OutputRef,
    private readonly report: (problem: string) => void,
  ) {
    Object.freeze(this);
  }

  map<H>(fn: (item: OutputHandle) => H): MappedResult<H> {
    const returned: unknown = fn(new RecordedOutput(this.node, this.output, this.root));
    return this.#asDynamic(returned) as MappedResult<H>;
  }

  collect(): OutputHandle<unknown[]> {
    return new CollectedOutput(this.node, this.output, this.root);
  }

  #asDynamic(returned: unknown): unknown {
    if (returned === undefined) return undefined;
    if (isOutputHandle(returned)) {
      const use = handleUse(returned);
      if (use.kind === "MAPPED" && sameRef(use.root, this.root))
        return new DynamicOutputs(returned.node, returned.output, this.root, this.report);
      this.report(
        `the function mapped over output "${this.output}" of node "${this.node}" returned output "${returned.output}" of node "${returned.node}", which is not mapped over it`,
      );
      return undefined;
    }
    if (typeof returned === "object" && returned !== null && !Array.isArray(returned)) {
      return Object.fromEntries(
        Object.entries(returned).map(([key, value]) => [key, this.#asDynamic(value)]),
      );
    }
    this.report(
      `the function mapped over output "${this.output}" of node "${this.node}" must return op outputs (a handle, an object of handles) or nothing`,
    );
    return undefined;
  }
}

export function createOutputHandle(node: string, output: string, mappedOver?: OutputRef): OutputHandle {
  return new RecordedOutput(node, output, mappedOver);
}

/** The handle of a dynamic output of `node`; problems found while mapping over it go to `report`. */
export function createDynamicOutputHandle(
  node: string,
  output: string,
  report: (problem: string) => void,
): DynamicOutputHandle {
  return new DynamicOutputs(node, output, { node, output }, report);
}

export function isOutputHandle(value: unknown): value is OutputHandle {
  return (
    value instanceof RecordedOutput || value instanceof CollectedOutput || value instanceof DynamicOutputs
  );
}

export function handleUse(handle: OutputHandle): HandleUse {
  if (handle instanceof DynamicOutputs) return { kind: "DYNAMIC" };
  if (handle instanceof CollectedOutput) return { kind: "COLLECT", root: handle.root };
  const mappedOver = handle instanceof RecordedOutput ? (handle as RecordedOutput).mappedOver : undefined;
  return mappedOver ? { kind: "MAPPED", root: mappedOver } : { kind: "STATIC" };
}

export function sameRef(a: OutputRef, b: OutputRef): boolean {
  return a.node === b.node && a.output === b.output;
}
