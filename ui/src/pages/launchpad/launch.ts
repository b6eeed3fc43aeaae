/**
 * `launchRun` from the launchpad, with every member of Dagster's LaunchRunResult turned into what the
 * page shows where it belongs: the new run, config errors (in the editor), an op selection error (at the
 * selection field), or a titled failure next to the Launch button.
 * @module
 */
import { request } from "../../api/graphql";
import type { Tag } from "../../components/tag-list";
import type { JobSelector } from "../jobs/use-job-selector";
import { LAUNCH_MUTATION, type ConfigError, type LaunchErrorTypename } from "./launchpad-query";

export type LaunchRequest = {
  readonly selector: JobSelector;
  readonly config: Record<string, unknown>;
  readonly opSelection: readonly string[];
  readonly tags: readonly Tag[];
};

export type LaunchOutcome =
  | { readonly kind: "launched"; readonly runId: string }
  | { readonly kind: "config"; readonly errors: readonly ConfigError[] }
  | { readonly kind: "subset"; readonly message: string }
  | { readonly kind: "failed"; readonly title: string; readonly message: string };

const FAILURE_TITLES: Readonly<Record<Exclude<LaunchErrorTypename, "InvalidSubsetError">, string>> = {
  PipelineNotFoundError: "The job was not found",
  RunConflict: "A run with this id already exists",
  UnauthorizedError: "You may not launch runs",
  PythonError: "The server could not launch the run",
  PresetNotFoundError: "Preset not found",
  ConflictingExecutionParamsError: "Conflicting launch parameters",
  NoModeProvidedError: "No mode given",
};

export async function launchRun({
  selector,
  config,
  opSelection,
  tags,
}: LaunchRequest): Promise<LaunchOutcome> {
  const { pipelineName, ...repository } = selector;
  const executionParams = {
    selector: {
      ...repository,
      jobName: pipelineName,
      ...(opSelection.length ? { solidSelection: opSelection } : {}),
    },
    runConfigData: config,
    mode: "default",
    executionMetadata: { tags: tags.map(({ key, value }) => ({ key, value })) },
  };
  const { launchRun: result } = await request(LAUNCH_MUTATION, { executionParams });
  switch (result.__typename) {
    case "LaunchRunSuccess":
      return { kind: "launched", runId: result.run.runId };
    case "RunConfigValidationInvalid":
      return { kind: "config", errors: result.errors };
    case "InvalidSubsetError":
      return { kind: "subset", message: result.message };
    case "InvalidStepError":
      return {
        kind: "failed",
        title: "Invalid step",
        message: `Step ${result.invalidStepKey} is not in this job.`,
      };
    case "InvalidOutputError":
      return {
        kind: "failed",
        title: "Invalid output",
        message: `Step ${result.stepKey} has no output named ${result.invalidOutputName}.`,
      };
    default:
      return { kind: "failed", title: FAILURE_TITLES[result.__typename], message: result.message };
  }
}
