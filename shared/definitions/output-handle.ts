/**
 * What invoking an op inside a job's graph function returns: a reference to one output of one node,
 * typed with the value it will carry so wiring a string into a number input fails to compile.
 * @module
 */

declare const valueType: unique symbol;

/** A reference to output `output` of node `node`; passing it to another op's invocation wires a dependency. */
export interface OutputHandle<T = unknown> {
  readonly node: string;
  readonly output: string;
  /** Type-level only: the value the output carries. */
  readonly [valueType]?: T;
}

class RecordedOutput implements OutputHandle {
  constructor(
    readonly node: string,
    readonly output: string,
  ) {
    Object.freeze(this);
  }
}

export function createOutputHandle(node: string, output: string): OutputHandle {
  return new RecordedOutput(node, output);
}

export function isOutputHandle(value: unknown): value is OutputHandle {
  return value instanceof RecordedOutput;
}
