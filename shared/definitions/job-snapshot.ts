/**
 * The protocol snapshot of one job: its nodes in topological order with their wiring, types, config
 * schemas and retry policies, the JSON Schema and defaults of its run config, and a content hash.
 * @module
 */
import { z } from "zod";
import type { JobSnapshot, OpNodeSnapshot } from "../protocol/code-location-protocol";
import type { JobNode } from "./graph-recorder";
import type { ResolvedJob } from "./resolved-job";
import { optional } from "./optional-entry";
import { buildRunConfigSchema, defaultsOf, toJsonSchema } from "./run-config-schema";
import { stableHash } from "./stable-hash";
import { typeName } from "./type-names";

const RunConfigObjectSchema = z.record(z.string(), z.unknown());

/** Builds the snapshot; `snapshotId` is the SHA-256 of everything else, so equal jobs get equal ids. */
export async function buildJobSnapshot(job: ResolvedJob): Promise<JobSnapshot> {
  const runConfigSchema = toJsonSchema(buildRunConfigSchema(job.nodes, job.resources));
  const defaults = RunConfigObjectSchema.safeParse(defaultsOf(runConfigSchema));
  const content = {
    name: job.definition.name,
    ...optional("description", job.definition.description),
    tags: { ...job.definition.tags },
    ops: job.nodes.map(nodeSnapshot),
    runConfigSchema,
    defaultRunConfig: defaults.success ? defaults.data : {},
  };
  return { ...content, snapshotId: await stableHash(content) };
}

function nodeSnapshot(node: JobNode): OpNodeSnapshot {
  const { op } = node;
  return {
    name: node.name,
    opName: op.name,
    ...optional("description", op.description),
    inputs: Object.entries(op.ins).map(([name, schema]) => ({
      name,
      typeName: typeName(schema),
      ...optional("description", schema.description),
      dependsOn: (node.inputs[name]?.sources ?? []).map((source) => ({ ...source })),
      isFanIn: node.inputs[name]?.isFanIn ?? false,
      ...optional("dynamic", node.inputs[name]?.dynamic),
    })),
    outputs: Object.entries(op.outs).map(([name, schema]) => ({
      name,
      typeName: typeName(schema),
      ...optional("description", schema.description),
      isRequired: op.outputModes[name]?.isRequired ?? !(schema instanceof z.ZodOptional),
      ...(op.outputModes[name]?.isDynamic === true ? { isDynamic: true } : {}),
    })),
    ...optional("configSchema", op.config && toJsonSchema(op.config)),
    tags: { ...op.tags },
    requiredResources: [...op.requiredResources],
    ...optional("retryPolicy", op.retryPolicy && { ...op.retryPolicy }),
    ...optional("pool", op.pool),
    ...optional("mappedOver", node.mappedOver && { ...node.mappedOver }),
  };
}
