/** The repository of the schedule or sensor a detail page's URL names (`/locations/:location/schedules/:name`). */
import { type RepositoryLookup, useLocationRepository } from "../../api/use-location-repository";
import { KIND_LABELS, type InstigatorKind } from "./instigator-kind";

export function useInstigatorSelector(
  kind: InstigatorKind,
  location: string,
  name: string,
): RepositoryLookup {
  const label = KIND_LABELS[kind];
  return useLocationRepository(location, {
    holds: (repository) =>
      (kind === "schedule" ? repository.schedules : repository.sensors).some((item) => item.name === name),
    title: `${label.title} not found`,
    message: `Code location "${location}" has no ${label.one} named "${name}".`,
  });
}
