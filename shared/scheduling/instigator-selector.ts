/**
 * Schedules and sensors are identified by where they are defined. Dagster hashes the origin; a readable
 * id serves the same purpose and shows up legibly in storage and logs.
 * @module
 */
export function instigatorSelectorId(locationName: string, repositoryName: string, name: string): string {
  return `${locationName}:${repositoryName}:${name}`;
}
