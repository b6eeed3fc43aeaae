/**
 * report_job: publishes a report through the `reporting` resource, which itself uses `warehouse` and
 * reads its API token from the environment where the step runs.
 * @module
 */
import { z } from "zod";
import { defineJob, defineOp } from "dagflare";
import { reportingResource } from "./reporting-resource";
import { warehouseResource } from "./warehouse-resource";

const publishReport = defineOp({
  name: "publish_report",
  description: "Publishes the daily report.",
  out: z.string(),
  requiredResources: { reporting: reportingResource },
  fn: async (ctx) => {
    const sent = ctx.resources.reporting.publish("daily");
    ctx.log.info(sent);
    return sent;
  },
});

export const reportJob = defineJob({
  name: "report_job",
  description: "Publishes a report through nested resources configured from the environment.",
  resources: { reporting: reportingResource, warehouse: warehouseResource },
  graph: () => {
    publishReport();
  },
});
