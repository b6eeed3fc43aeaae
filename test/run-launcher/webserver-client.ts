/**
 * Driving a webserver under test over HTTP as a CI system or Dagster client would: launch through the
 * JSON runs API, read statuses, read the event log through GraphQL.
 */
import { expect } from "vitest";

export type RunEvent = { eventType: string | null; stepKey: string | null; message: string };

export class WebserverClient {
  constructor(readonly url: string) {}

  /** Launches `job` (of `location`, needed when several locations have the job) with `tags`; fails the test unless the launch was accepted. */
  async launch(
    job: string,
    runConfig: Record<string, unknown> = {},
    location?: string,
    tags?: Record<string, string>,
  ): Promise<string> {
    const response = await fetch(`${this.url}/api/runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ job, runConfig, location, tags }),
    });
    const body = (await response.json()) as { run?: { runId: string }; error?: string };
    expect(response.status, JSON.stringify(body)).toBe(201);
    return body.run?.runId ?? "";
  }

  async status(runId: string): Promise<string> {
    const response = await fetch(`${this.url}/api/runs/${runId}`);
    return ((await response.json()) as { run: { status: string } }).run.status;
  }

  /** Polls until the run reaches one of `statuses` (bounded; fails with the last status seen). */
  async waitForStatus(runId: string, statuses: string[], timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let status = "";
    while (Date.now() < deadline) {
      status = await this.status(runId);
      if (statuses.includes(status)) return status;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`run ${runId} still ${status} after ${timeoutMs} ms (waiting for ${statuses.join("/")})`);
  }

  async terminate(runId: string): Promise<Response> {
    return fetch(`${this.url}/api/runs/${runId}/terminate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
  }

  async events(runId: string): Promise<RunEvent[]> {
    const events: RunEvent[] = [];
    let cursor: string | null = null;
    for (;;) {
      const response = await fetch(`${this.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `query ($runId: ID!, $cursor: String) { logsForRun(runId: $runId, afterCursor: $cursor) {
            ... on EventConnection { cursor hasMore events { ... on MessageEvent { eventType stepKey message } } } } }`,
          variables: { runId, cursor },
        }),
      });
      const body = (await response.json()) as {
        data?: { logsForRun: { events: RunEvent[]; cursor: string; hasMore: boolean } };
        errors?: unknown;
      };
      if (!body.data) throw new Error(`logsForRun failed: ${JSON.stringify(body.errors)}`);
      events.push(...body.data.logsForRun.events);
      if (!body.data.logsForRun.hasMore) return events;
      cursor = body.data.logsForRun.cursor;
    }
  }

  /** Polls the run's events until one matches (bounded). */
  async waitForEvent(
    runId: string,
    matches: (event: RunEvent) => boolean,
    timeoutMs = 20_000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.events(runId)).some(matches)) {
      if (Date.now() > deadline) throw new Error(`run ${runId}: no matching event within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The run's structured event types in order (user log lines left out). */
  async eventTypes(runId: string): Promise<string[]> {
    return (await this.events(runId)).flatMap((event) => (event.eventType === null ? [] : [event.eventType]));
  }
}
