/**
 * A schedule's or sensor's instigation state: what is stored for it, read once per state object.
 * @module
 */
import type { ScheduleSnapshot, SensorSnapshot } from "../../../../shared/protocol/code-location-protocol";
import { instigatorSelectorId } from "../../../../shared/scheduling/instigator-selector";
import type { InstigatorType } from "../../../../shared/storage/schedule-storage";
import type { RepositoryRef } from "../../../../shared/workspace/lookup";
import type { GraphQLContext } from "../context";
import type { InstigationStateMapper, InstigatorStateKey } from "./mappers";

export function instigatorStateKey(
  repository: RepositoryRef,
  type: InstigatorType,
  definition: ScheduleSnapshot | SensorSnapshot,
): InstigatorStateKey {
  const selectorId = instigatorSelectorId(
    repository.locationName,
    repository.snapshot.repositoryName,
    definition.name,
  );
  return { selectorId, name: definition.name, type, defaultStatus: definition.defaultStatus };
}

export async function loadInstigationState(
  repository: RepositoryRef,
  instigator: InstigatorStateKey,
  context: GraphQLContext,
): Promise<InstigationStateMapper> {
  return {
    repository,
    instigator,
    state: await context.instance.storage.schedules.getInstigatorState(instigator.selectorId),
  };
}

/** A schedule or sensor with no stored state is in the status its definition declares. */
export function instigationStatus({ instigator, state }: InstigationStateMapper): "RUNNING" | "STOPPED" {
  return state ? (state.status === "STOPPED" ? "STOPPED" : "RUNNING") : instigator.defaultStatus;
}
