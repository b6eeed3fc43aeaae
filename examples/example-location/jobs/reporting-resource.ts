/**
 * The `reporting` resource: a (simulated) reporting API client that depends on the `warehouse` resource
 * and authenticates with a token read from the location's environment (`REPORTING_API_TOKEN`, a var in
 * this location's wrangler.toml), so the example shows nested resources and env var references.
 * @module
 */
import { z } from "zod";
import { defineResource, EnvVar } from "dagflare";
import { warehouseResource } from "./warehouse-resource";

export const reportingResource = defineResource({
  name: "ReportingApiClient",
  description: "Publishes warehouse tables as reports to a (simulated) reporting API.",
  config: z.object({
    base_url: z.string().describe("Where the reporting API lives."),
    api_token: z.string().describe("The API token; configured from REPORTING_API_TOKEN."),
  }),
  values: { base_url: "https://reports.example.com", api_token: EnvVar("REPORTING_API_TOKEN") },
  resources: { warehouse: warehouseResource },
  create: ({ config, resources }) => ({
    /** What a real client would send; the token is only counted, never logged. */
    publish: (title: string) =>
      `POST ${config.base_url}/reports {"title":"${title}","table":"${resources.warehouse.table}"} (token of ${config.api_token.length} chars)`,
  }),
});
