/**
 * A run of the example location's report_job in a real RunWorker object: its `reporting` resource is
 * created with the nested `warehouse` resource and the API token read from the location Worker's env
 * (REPORTING_API_TOKEN in its wrangler.toml vars), and the token's value appears in no stored event.
 */
import { describe, expect, it } from "vitest";
import { addStartingRun, launchToEnd } from "./launched-runs";

describe("resources in a run", () => {
  it("creates a resource from its nested resource and an env var read where the step runs", async () => {
    const events = await launchToEnd(await addStartingRun("report_job"), "SUCCESS");
    const logs = events
      .filter((event) => event.stepKey === "publish_report" && event.eventType === null)
      .map((event) => event.message);
    // "example-not-a-secret" is 20 characters; the table comes from the nested warehouse resource's default.
    expect(logs).toContain(
      'POST https://reports.example.com/reports {"title":"daily","table":"row_counts"} (token of 20 chars)',
    );
    expect(JSON.stringify(events)).not.toContain("example-not-a-secret");
  });
});
