/**
 * The RunLauncher contract for the DurableObjectRunLauncher: runs stored in the webserver's D1 as the
 * run coordinator leaves them (STARTING), launched into the example location's RunWorker objects, which
 * report back through the instance host's InstanceApi entrypoint.
 */
import type { RunStatus } from "../../shared/storage/run-status";
import { describeRunLauncher } from "../contracts/run-launcher.contract";
import { addStartingRun, eventsOf, launcher, waitForRun } from "./launched-runs";

describeRunLauncher("durable_object", () => ({
  launcher,
  launch: async (jobName, runConfig = {}) => {
    const run = await addStartingRun(jobName, { runConfig });
    await launcher.launchRun(run);
    return run;
  },
  unlaunched: (jobName) => addStartingRun(jobName),
  endedBeforeStart: () =>
    Promise.all(
      (["FAILURE", "CANCELED", "CANCELING", "SUCCESS"] as const).map((status) =>
        addStartingRun("hello_job", { status }),
      ),
    ),
  waitForStatus: async (runId, statuses, timeoutMs) =>
    (await waitForRun(runId, (status: RunStatus) => statuses.includes(status), timeoutMs)).status,
  events: eventsOf,
}));
