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
