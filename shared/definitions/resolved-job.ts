/**
 * A job after defineDefinitions checked it: its nodes in topological order and every resource it can
 * use (the job's own over the Definitions-level ones).
 * @module
 */
import type { JobDefinition } from "./define-job";
import type { ResourceDefinition } from "./define-resource";
import type { JobNode } from "./graph-recorder";

export interface ResolvedJob {
  readonly definition: JobDefinition;
  readonly nodes: readonly JobNode[];
  readonly resources: Readonly<Record<string, ResourceDefinition>>;
}
