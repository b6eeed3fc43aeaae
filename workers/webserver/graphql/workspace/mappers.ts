/**
 * Code locations resolve over their stored entry (snapshot or load error); a loaded location and its
 * repository over the repository reference of shared/workspace.
 * @module
 */
import type { CodeLocationEntry } from "../../../../shared/storage/code-location-storage";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";

export type WorkspaceLocationEntryMapper = CodeLocationEntry;
export type WorkspaceLocationStatusEntryMapper = CodeLocationEntry;
export type RepositoryLocationMapper = RepositoryRef;
export type RepositoryMapper = RepositoryRef;
