/**
 * A resource resolves over its snapshot and the repository it is in (for who uses it).
 * @module
 */
import type { ResourceSnapshot } from "../../../../shared/protocol/code-location-protocol";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";

export type ResourceRef = { repository: RepositoryRef; resource: ResourceSnapshot };

export type ResourceDetailsMapper = ResourceRef;
/** `resource` is null for an anonymous nested resource, which has no details of its own. */
export type NestedResourceEntryMapper = {
  name: string;
  type: "ANONYMOUS" | "TOP_LEVEL";
  resource: ResourceRef | null;
};
