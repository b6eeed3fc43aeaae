/**
 * every_minute: runs hello_job every minute, read in Europe/Berlin.
 * @module
 */
import { defineSchedule, RunRequest } from "dagflare";
import { helloJob } from "../jobs/hello-job";

export const everyMinuteSchedule = defineSchedule({
  name: "every_minute",
  job: helloJob,
  cron: "* * * * *",
  timezone: "Europe/Berlin",
  description: "Says hello every minute.",
  fn: ({ scheduledExecutionTime }) =>
    RunRequest({ tags: { scheduled_for: scheduledExecutionTime.toISOString() } }),
});
