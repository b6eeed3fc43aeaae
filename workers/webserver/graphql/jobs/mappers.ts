/**
 * A job resolves over its snapshot and the repository it is in; its op graph over the linked nodes of
 * op-graph.ts.
 * @module
 */
import type { JobSnapshot } from "../../../../shared/protocol/code-location-protocol";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";
import type {
  InputDefinitionNode,
  InputNode,
  OutputDefinitionNode,
  OutputNode,
  SolidDefinitionNode,
  SolidHandleNode,
  SolidNode,
} from "./op-graph";

export type JobRef = { repository: RepositoryRef; job: JobSnapshot };

export type PipelineMapper = JobRef;
export type JobMapper = JobRef;
/** A snapshot is answered from the loaded job it belongs to. */
export type PipelineSnapshotMapper = JobRef & { selection: string[] | null };
export type GraphMapper = JobRef;
export type SolidMapper = SolidNode;
export type SolidHandleMapper = SolidHandleNode;
export type SolidDefinitionMapper = SolidDefinitionNode;
export type InputDefinitionMapper = InputDefinitionNode;
export type OutputDefinitionMapper = OutputDefinitionNode;
export type InputMapper = InputNode;
export type OutputMapper = OutputNode;
