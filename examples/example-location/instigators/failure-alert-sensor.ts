/**
 * failure_alert: when a failing_job run fails, request a hello_job run (a stand-in for paging someone).
 * @module
 */
import { defineRunStatusSensor, RunRequest } from "dagflare";
import { failingJob } from "../jobs/failing-job";
import { helloJob } from "../jobs/hello-job";

export const failureAlertSensor = defineRunStatusSensor({
  name: "failure_alert",
  runStatus: "FAILURE",
  monitoredJobs: [failingJob],
  requestJob: helloJob,
  description: "Says hello whenever failing_job fails.",
  fn: ({ run, log }) => {
    log.warning(`run ${run.runId} of ${run.jobName} failed`);
    return RunRequest({ runKey: `failure_alert_${run.runId}`, tags: { failed_run_id: run.runId } });
  },
});
