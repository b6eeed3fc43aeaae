/**
 * Loads a step's inputs through the IO manager, from this run's outputs or, for steps a re-execution
 * does not execute, the parent run's; one LOADED_INPUT event per upstream output loaded.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { DagsterEventType } from "../events/event-types";
import { IO_MANAGER_KEY, type OutputRef } from "../io-manager/io-manager";
import { dynamicValueRef, describeSource } from "./dynamic-output-refs";
import type { ExecutionStep, StepInput, StepInputSource } from "../planning/execution-plan";
import type { EventOptions } from "./emit-event";
import type { ExecutionContext } from "./executor";

/** Emits an event of the step being executed. */
export type StepEmit = (
  eventType: DagsterEventType | null,
  message: string,
  options?: Omit<EventOptions, "stepKey">,
) => void;

export type LoadedInputs = {
  /** Input values by name, as ExecuteStepRequest.inputs; a fan-in input gets a list. */
  values: Record<string, unknown>;
  /** The inputs that received a value, in declaration order. */
  loaded: StepInput[];
};

/**
 * Loads every wired input from the sources `isAvailable` accepts (a fan-in input skips upstream
 * outputs that were not produced). Loads run concurrently; events follow declaration order.
 * @throws DagflareError when an output cannot be loaded (missing, or no parent run to load it from).
 */
export async function loadStepInputs(
  step: ExecutionStep,
  context: ExecutionContext,
  isAvailable: (source: StepInputSource) => boolean,
  emit: StepEmit,
): Promise<LoadedInputs> {
  const wired = step.inputs
    .filter((input) => input.sources.length > 0)
    .map((input) => ({ input, sources: input.sources.filter(isAvailable) }));
  const loaded = await Promise.all(
    wired.map(({ input, sources }) =>
      Promise.all(
        sources.map((source) => context.ioManager.loadInput(outputRef(step, input, source, context))),
      ),
    ),
  );
  const values: Record<string, unknown> = {};
  wired.forEach(({ input, sources }, index) => {
    const inputValues = loaded[index] ?? [];
    for (const source of sources) {
      const from = source.fromParentRun
        ? `step "${source.stepKey}" of parent run ${context.parentRunId ?? ""}`
        : `step "${source.stepKey}"`;
      emit(
        "LOADED_INPUT",
        `Loaded input "${input.name}" using input manager "${IO_MANAGER_KEY}", from output ${describeSource(source)} of ${from}`,
        {
          data: {
            inputName: input.name,
            managerKey: IO_MANAGER_KEY,
            upstreamStepKey: source.stepKey,
            upstreamOutputName: source.outputName,
            ...(source.mappingKey === undefined ? {} : { upstreamMappingKey: source.mappingKey }),
          },
        },
      );
    }
    values[input.name] = input.isFanIn ? inputValues : inputValues[0];
  });
  return { values, loaded: wired.map(({ input }) => input) };
}

function outputRef(
  step: ExecutionStep,
  input: StepInput,
  source: StepInputSource,
  context: ExecutionContext,
): OutputRef {
  const runId = source.fromParentRun ? context.parentRunId : context.runId;
  if (runId === undefined) {
    throw new DagflareError(
      "BAD_REQUEST",
      `input "${input.name}" of step "${step.key}" reads output "${source.outputName}" of step "${source.stepKey}", which this run does not execute, and the run has no parent run to load it from`,
    );
  }
  return dynamicValueRef(
    { runId, stepKey: source.stepKey, outputName: source.outputName },
    source.mappingKey,
  );
}
