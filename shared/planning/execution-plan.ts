/**
 * The execution plan of a run (Dagster's ExecutionPlan): one step per node of the job, in topological
 * order, with where each input comes from. A re-execution plan holds only the steps it executes; their
 * inputs from steps it does not execute are loaded from the parent run's outputs.
 *
 * Downstream of a dynamic output the plan is not complete until the run has produced that output: a node
 * mapped over it is one unresolved step `node[?]`, and a node collecting it has inputs whose sources are
 * pending. `resolveStep` turns them into steps `node[mapping_key]` and complete inputs once the mapping
 * keys are known (Dagster's UnresolvedMappedExecutionStep and UnresolvedCollectExecutionStep).
 * @module
 */
import { mappedStepKey, parseStepKey, UNRESOLVED_MAPPING_KEY } from "../definitions/step-key";
import { topologicalOrder } from "../definitions/topological-order";
import { DagflareError } from "../errors/dagflare-error";
import type { JobSnapshot, OpNodeSnapshot, RetryPolicy } from "../protocol/code-location-protocol";

/** One upstream output feeding an input. */
export type StepInputSource = {
  readonly stepKey: string;
  readonly outputName: string;
  /** True when the source step is not executed by this plan: its output comes from the parent run. */
  readonly fromParentRun: boolean;
  /** One value of a dynamic output: the one under this mapping key. */
  readonly mappingKey?: string;
};

/** A dynamic output whose mapping keys decide how a part of the plan resolves. */
export type DynamicRoot = { readonly stepKey: string; readonly outputName: string };

/**
 * Sources an input gets once the mapping keys of `root` are known (Dagster's FromPendingDynamicStepOutput
 * and FromDynamicCollect). MAPPED: the value of one mapping key; COLLECT: the values of all of them.
 */
export type PendingDynamicSource = {
  readonly kind: "MAPPED" | "COLLECT";
  /** The node whose output feeds the input: the dynamic op itself, or a node mapped over its output. */
  readonly node: string;
  readonly outputName: string;
  readonly root: DynamicRoot;
};

export type StepInput = {
  readonly name: string;
  readonly typeName: string;
  /** Empty for an input not wired to any output (the op's schema then receives undefined), or a pending one. */
  readonly sources: readonly StepInputSource[];
  /** The input receives a list with one value per source. */
  readonly isFanIn: boolean;
  /** Unresolved steps only: where the sources come from once the mapping keys are known. */
  readonly pending?: PendingDynamicSource;
  /** A resolved collecting input: the dynamic output it collects (its sources may be none). */
  readonly collects?: DynamicRoot;
};

export type StepOutput = {
  readonly name: string;
  readonly typeName: string;
  readonly isRequired: boolean;
  readonly isDynamic?: boolean;
};

export type ExecutionStep = {
  /** The node name; `node[mapping_key]` for a mapped step, `node[?]` until its mapping keys are known. */
  readonly key: string;
  readonly opName: string;
  readonly inputs: readonly StepInput[];
  readonly outputs: readonly StepOutput[];
  readonly tags: Readonly<Record<string, string>>;
  readonly retryPolicy?: RetryPolicy;
  /** The op concurrency pool whose slot the step holds while it executes (or Dagster's legacy op tag). */
  readonly pool?: string;
  /** A step of a node mapped over a dynamic output. */
  readonly mapped?: { readonly nodeName: string; readonly root: DynamicRoot; readonly mappingKey: string };
};

export type ExecutionPlan = {
  readonly jobName: string;
  /** The steps to execute, each after every step it depends on; some may be unresolved (see the module). */
  readonly steps: readonly ExecutionStep[];
};

/**
 * Builds the plan of `job`, restricted to `stepKeysToExecute` when given (re-execution). A mapped node is
 * selected as `node[?]` (every mapping key) or `node[mapping_key]` (one).
 * Pure; the snapshot is re-checked because it comes from a code location over the wire.
 * @throws DagflareError BAD_REQUEST naming each step key the job does not have.
 * @throws DagflareError INVALID_DEFINITION when a node depends on an unknown node or the graph has a cycle.
 */
export function buildExecutionPlan(
  job: JobSnapshot,
  options: { stepKeysToExecute?: readonly string[] | null } = {},
): ExecutionPlan {
  const nodes = new Map(job.ops.map((node) => [node.name, node]));
  const upstream = (node: OpNodeSnapshot): string[] =>
    node.inputs.flatMap((input) => input.dependsOn.map((dep) => dep.node));
  for (const node of job.ops) {
    const unknown = upstream(node).filter((name) => !nodes.has(name));
    if (unknown.length > 0)
      throw new DagflareError(
        "INVALID_DEFINITION",
        `job "${job.name}": node "${node.name}" depends on unknown node(s) ${unknown.join(", ")}`,
      );
  }
  const { order, cycle } = topologicalOrder([...nodes.keys()], (name) => {
    const node = nodes.get(name);
    return node ? upstream(node) : [];
  });
  if (cycle)
    throw new DagflareError(
      "INVALID_DEFINITION",
      `job "${job.name}": cycle between ops: ${cycle.join(" → ")}`,
    );
  const selected = selectedStepKeys(job, options.stepKeysToExecute);
  const executes = executesPredicate(selected);
  const steps = order.flatMap((name) => {
    const node = nodes.get(name);
    if (node === undefined) return [];
    return stepKeysOfNode(node, selected).map((key) => toStep(node, key, executes, nodes));
  });
  return { jobName: job.name, steps };
}

/** Every step key of the job as a plan names it before running: `node`, or `node[?]` for a mapped node. */
export function planStepKeys(job: JobSnapshot): string[] {
  return job.ops.map((node) =>
    node.mappedOver ? mappedStepKey(node.name, UNRESOLVED_MAPPING_KEY) : node.name,
  );
}

/** The first of `stepKeys` that names no step of `job` (see buildExecutionPlan), or undefined. */
export function unknownStepKey(job: JobSnapshot, stepKeys: readonly string[]): string | undefined {
  const nodes = new Map(job.ops.map((node) => [node.name, node]));
  return stepKeys.find((key) => {
    const { nodeName, mappingKey } = parseStepKey(key);
    const node = nodes.get(nodeName);
    return node === undefined || (node.mappedOver === undefined) !== (mappingKey === undefined);
  });
}

function selectedStepKeys(
  job: JobSnapshot,
  stepKeys: readonly string[] | null | undefined,
): ReadonlySet<string> {
  if (stepKeys === undefined || stepKeys === null) return new Set(planStepKeys(job));
  const unknown = stepKeys.filter((key) => unknownStepKey(job, [key]) !== undefined);
  if (unknown.length > 0) {
    throw new DagflareError(
      "BAD_REQUEST",
      `stepKeysToExecute: job "${job.name}" has no step(s) ${unknown.map((key) => `"${key}"`).join(", ")} (steps: ${planStepKeys(job).join(", ")})`,
    );
  }
  return new Set(stepKeys);
}

/** The selected keys of one node, in selection order (`node[?]` first: it covers every mapping key). */
function stepKeysOfNode(node: OpNodeSnapshot, selected: ReadonlySet<string>): string[] {
  if (!node.mappedOver) return selected.has(node.name) ? [node.name] : [];
  const unresolved = mappedStepKey(node.name, UNRESOLVED_MAPPING_KEY);
  if (selected.has(unresolved)) return [unresolved];
  return [...selected].filter((key) => parseStepKey(key).nodeName === node.name);
}

/** Whether a step key (`node[k]` included, when `node[?]` is selected) is executed by this selection. */
function executesPredicate(selected: ReadonlySet<string>): (stepKey: string) => boolean {
  return (stepKey) => {
    if (selected.has(stepKey)) return true;
    const { nodeName, mappingKey } = parseStepKey(stepKey);
    return mappingKey !== undefined && selected.has(mappedStepKey(nodeName, UNRESOLVED_MAPPING_KEY));
  };
}

function toStep(
  node: OpNodeSnapshot,
  key: string,
  executes: (stepKey: string) => boolean,
  nodes: ReadonlyMap<string, OpNodeSnapshot>,
): ExecutionStep {
  const root = node.mappedOver && { stepKey: node.mappedOver.node, outputName: node.mappedOver.output };
  const step: ExecutionStep = {
    key,
    opName: node.opName,
    inputs: node.inputs.map((input) => {
      const base = { name: input.name, typeName: input.typeName, isFanIn: input.isFanIn };
      const dep = input.dependsOn[0];
      if (input.dynamic === undefined || dep === undefined) {
        return {
          ...base,
          sources: input.dependsOn.map((source) => ({
            stepKey: source.node,
            outputName: source.output,
            fromParentRun: !executes(source.node),
          })),
        };
      }
      // The dynamic output behind the source: the source's own when it is the dynamic op.
      const sourceRoot = nodes.get(dep.node)?.mappedOver ?? dep;
      return {
        ...base,
        sources: [],
        pending: {
          kind: input.dynamic,
          node: dep.node,
          outputName: dep.output,
          root: { stepKey: sourceRoot.node, outputName: sourceRoot.output },
        },
      };
    }),
    outputs: node.outputs.map(({ name, typeName, isRequired, isDynamic }) => ({
      name,
      typeName,
      isRequired,
      ...(isDynamic ? { isDynamic } : {}),
    })),
    tags: { ...node.tags },
    ...(node.retryPolicy ? { retryPolicy: { ...node.retryPolicy } } : {}),
    ...poolOf(node),
    ...(root
      ? {
          mapped: {
            nodeName: node.name,
            root,
            mappingKey: parseStepKey(key).mappingKey ?? UNRESOLVED_MAPPING_KEY,
          },
        }
      : {}),
  };
  // A mapped step selected under one mapping key resolves at once: its mapped inputs need no other key.
  const known = step.mapped !== undefined && step.mapped.mappingKey !== UNRESOLVED_MAPPING_KEY;
  return known ? (resolveStep(step, () => [], executes)[0] ?? step) : step;
}

/** Dagster's legacy way to put an op in a pool: the op tag `dagster/concurrency_key`. */
export const LEGACY_POOL_TAG = "dagster/concurrency_key";

function poolOf(node: OpNodeSnapshot): { pool?: string } {
  const pool = node.pool ?? node.tags[LEGACY_POOL_TAG];
  return pool === undefined ? {} : { pool };
}

/** True while a step waits for mapping keys: a `node[?]` step, or one with pending inputs. */
export function isUnresolved(step: ExecutionStep): boolean {
  return (
    step.mapped?.mappingKey === UNRESOLVED_MAPPING_KEY ||
    step.inputs.some((input) => input.pending !== undefined)
  );
}

/** The dynamic outputs whose mapping keys an unresolved step waits for. */
export function rootsOf(step: ExecutionStep): DynamicRoot[] {
  const roots = [
    ...(step.mapped?.mappingKey === UNRESOLVED_MAPPING_KEY ? [step.mapped.root] : []),
    ...step.inputs.flatMap((input) => (input.pending ? [input.pending.root] : [])),
  ];
  return roots.filter((root, index) => roots.findIndex((other) => sameRoot(other, root)) === index);
}

export function sameRoot(a: DynamicRoot, b: DynamicRoot): boolean {
  return a.stepKey === b.stepKey && a.outputName === b.outputName;
}

/**
 * The steps an unresolved step becomes once `mappingKeysOf` knows each of its roots' mapping keys: one
 * step per mapping key for `node[?]` (none for no keys), else the step with complete inputs. `executes`
 * says which step keys the plan executes (the others' outputs come from the parent run).
 */
export function resolveStep(
  step: ExecutionStep,
  mappingKeysOf: (root: DynamicRoot) => readonly string[],
  executes: (stepKey: string) => boolean,
): ExecutionStep[] {
  const mapped = step.mapped;
  const instanceKeys =
    mapped?.mappingKey === UNRESOLVED_MAPPING_KEY ? mappingKeysOf(mapped.root) : [mapped?.mappingKey];
  return instanceKeys.map((mappingKey) => ({
    ...step,
    key: mapped && mappingKey !== undefined ? mappedStepKey(mapped.nodeName, mappingKey) : step.key,
    inputs: step.inputs.map((input) => resolveInput(input, mappingKey, mappingKeysOf, executes)),
    ...(mapped && mappingKey !== undefined ? { mapped: { ...mapped, mappingKey } } : {}),
  }));
}

function resolveInput(
  input: StepInput,
  mappingKey: string | undefined,
  mappingKeysOf: (root: DynamicRoot) => readonly string[],
  executes: (stepKey: string) => boolean,
): StepInput {
  const { pending, ...rest } = input;
  if (pending === undefined) return input;
  const sourceOf = (key: string): StepInputSource => {
    // The dynamic op's output holds every mapping key's value; a mapped node has one step per key.
    if (pending.node === pending.root.stepKey)
      return {
        stepKey: pending.node,
        outputName: pending.outputName,
        fromParentRun: !executes(pending.node),
        mappingKey: key,
      };
    const stepKey = mappedStepKey(pending.node, key);
    return { stepKey, outputName: pending.outputName, fromParentRun: !executes(stepKey) };
  };
  if (pending.kind === "MAPPED")
    return { ...rest, sources: mappingKey === undefined ? [] : [sourceOf(mappingKey)] };
  return {
    ...rest,
    sources: mappingKeysOf(pending.root).map(sourceOf),
    isFanIn: true,
    collects: pending.root,
  };
}

/** Whether `plan` executes a step key, including each `node[k]` of an unresolved `node[?]` it holds. */
export function planExecutes(plan: ExecutionPlan): (stepKey: string) => boolean {
  return executesPredicate(new Set(plan.steps.map((step) => step.key)));
}
