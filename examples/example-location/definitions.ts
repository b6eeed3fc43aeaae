/**
 * The example code location's definitions: eleven jobs, a schedule and two sensors that other parts of
 * Dagflare (and their tests) rely on by name.
 * @module
 */
import { defineDefinitions } from "dagflare";
import { everyMinuteSchedule } from "./instigators/every-minute-schedule";
import { failureAlertSensor } from "./instigators/failure-alert-sensor";
import { fileSensor } from "./instigators/file-sensor";
import { chainJob } from "./jobs/chain-job";
import { etlJob } from "./jobs/etl-job";
import { failingJob } from "./jobs/failing-job";
import { fanOutJob } from "./jobs/fan-out-job";
import { helloJob } from "./jobs/hello-job";
import { hooksJob } from "./jobs/hooks-job";
import { optionalBranchJob } from "./jobs/optional-branch-job";
import { pooledJob } from "./jobs/pooled-job";
import { reportJob } from "./jobs/report-job";
import { retryJob } from "./jobs/retry-job";
import { slowJob } from "./jobs/slow-job";

/** Built on demand, so an invalid definition is reported by the location rather than crashing it. */
export function loadExampleDefinitions() {
  return defineDefinitions({
    jobs: [
      helloJob,
      etlJob,
      failingJob,
      slowJob,
      retryJob,
      chainJob,
      fanOutJob,
      hooksJob,
      optionalBranchJob,
      pooledJob,
      reportJob,
    ],
    schedules: [everyMinuteSchedule],
    sensors: [fileSensor, failureAlertSensor],
  });
}
