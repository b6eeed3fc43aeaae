/**
 * Where a dynamic output lives in the IO manager, which addresses outputs by run, step and output name:
 * each value as an output of its own, `name[mapping_key]` (the step key format, so it can never clash
 * with a declared output name), and under the output's own name the list of its mapping keys, which a
 * re-execution reads to resolve its plan when it does not execute the dynamic step again.
 * @module
 */
import { z } from "zod";
import { DagflareError } from "../errors/dagflare-error";
import type { IOManager, OutputRef } from "../io-manager/io-manager";
import type { StepInputSource } from "../planning/execution-plan";

/** The output holding one value of a dynamic output (the output itself without a mapping key). */
export function dynamicValueRef(ref: OutputRef, mappingKey: string | undefined): OutputRef {
  return mappingKey === undefined ? ref : { ...ref, outputName: `${ref.outputName}[${mappingKey}]` };
}

/** `"result"`, or `"result" (mapping key "a")` as Dagster words a dynamic output's value. */
export function describeSource(source: Pick<StepInputSource, "outputName" | "mappingKey">): string {
  return source.mappingKey === undefined
    ? `"${source.outputName}"`
    : `"${source.outputName}" (mapping key "${source.mappingKey}")`;
}

const MappingKeysSchema = z.array(z.string());

/**
 * The mapping keys a dynamic output had in run `ref.runId`.
 * @throws DagflareError NOT_FOUND (from the IO manager) when that run never produced it; INTERNAL when what is stored is not a key list.
 */
export async function loadMappingKeys(ioManager: IOManager, ref: OutputRef): Promise<string[]> {
  const parsed = MappingKeysSchema.safeParse(await ioManager.loadInput(ref));
  if (!parsed.success)
    throw new DagflareError(
      "INTERNAL",
      `output "${ref.outputName}" of step "${ref.stepKey}" (run ${ref.runId}) is not the mapping key list of a dynamic output`,
    );
  return parsed.data;
}
