/** The selector of the job a page's URL names (`/locations/:location/jobs/:job`), with its repository. */
import { useLocationRepository } from "../../api/use-location-repository";

export type JobSelector = {
  readonly repositoryLocationName: string;
  readonly repositoryName: string;
  readonly pipelineName: string;
};

export type JobSelectorState =
  | { readonly kind: "loading" }
  | { readonly kind: "found"; readonly selector: JobSelector }
  | { readonly kind: "error"; readonly title: string; readonly message: string };

export function useJobSelector(location: string, job: string): JobSelectorState {
  const lookup = useLocationRepository(location, {
    holds: (repository) => repository.pipelines.some((pipeline) => pipeline.name === job),
    title: "Job not found",
    message: `Code location "${location}" has no job named "${job}".`,
  });
  return lookup.kind === "found"
    ? { kind: "found", selector: { ...lookup.repository, pipelineName: job } }
    : lookup;
}
