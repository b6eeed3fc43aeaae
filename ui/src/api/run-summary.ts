/** The GraphQL selection of a `Run` giving a RunSummary. */
export const RUN_SUMMARY_FIELDS = "runId status jobName creationTime startTime endTime repositoryOrigin { repositoryLocationName }";

/** The fields of a run every run list shows (GraphQL `Run`, times in epoch seconds). */
export type RunSummary = {
  readonly runId: string;
  readonly status: string;
  readonly jobName: string;
  readonly creationTime: number;
  readonly startTime: number | null;
  readonly endTime: number | null;
  readonly repositoryOrigin: { readonly repositoryLocationName: string } | null;
};
