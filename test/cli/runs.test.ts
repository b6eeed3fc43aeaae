/**
 * The CLI against a running system, as a user or a CI script drives it: launching and following runs to
 * their exit codes, listing and filtering runs, terminating a slow run (by command and by Ctrl-C),
 * schedules on and off, and bad input reported with the flag or run-config path at fault.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { cliJson, runCli, startCli } from "./run-cli";

const url = inject("cliSystemUrl");
const cli = (...args: string[]) => runCli(args, { url });
const suite = `cli-${Date.now()}`;

type Run = { runId: string; jobName: string; status: string; tags: { key: string; value: string }[] };

async function statusOf(runId: string): Promise<string> {
  return (await cliJson<Run>(["run", "show", runId], { url })).status;
}

async function waitForStatus(runId: string, wanted: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await statusOf(runId)) !== wanted) {
    if (Date.now() > deadline) throw new Error(`run ${runId} never reached ${wanted}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe("dagflare job launch --wait", () => {
  it("follows a successful run to its end and exits 0", async () => {
    const result = await cli("job", "launch", "hello_job", "--wait", "--tag", `suite=${suite}`);
    expect(result.stderr).toContain("Launched hello_job");
    expect(result.stdout).toMatch(/STEP_SUCCESS\s+Finished execution of step "hello"/);
    expect(result.stdout).toContain("RUN_SUCCESS");
    expect(result.stdout).toMatch(/ended SUCCESS/);
    expect(result.code).toBe(0);
  });

  it("exits non-zero when the run fails, showing the failed step", async () => {
    const result = await cli("job", "launch", "failing_job", "--wait", "--tag", `suite=${suite}`);
    expect(result.stdout).toContain("STEP_FAILURE");
    expect(result.stdout).toMatch(/ended FAILURE/);
    expect(result.code).toBe(1);
  });

  it("reports invalid run config in the API's words, at its path", async () => {
    const config = join(tmpdir(), `${suite}-bad.yaml`);
    writeFileSync(config, "ops:\n  extract:\n    config:\n      source_url: 5\n");
    const result = await cli("job", "launch", "etl_job", "--config", config);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("RunConfigValidationInvalid");
    expect(result.stderr).toMatch(/at ops\.extract\.config\.source_url: .*RUNTIME_TYPE_MISMATCH/);
  });
});

describe("dagflare run", () => {
  it("lists runs filtered by tag, status and job, as JSON and as a table", async () => {
    const tagged = await cliJson<Run[]>(["run", "list", "--tag", `suite=${suite}`], { url });
    expect(tagged.map((run) => [run.jobName, run.status]).sort()).toEqual([
      ["failing_job", "FAILURE"],
      ["hello_job", "SUCCESS"],
    ]);
    const failed = await cliJson<Run[]>(["run", "list", "--tag", `suite=${suite}`, "--status", "FAILURE"], {
      url,
    });
    expect(failed.map((run) => run.jobName)).toEqual(["failing_job"]);
    const byJob = await cliJson<Run[]>(["run", "list", "--job", "hello_job", "--limit", "1"], { url });
    expect(byJob).toHaveLength(1);
    expect(byJob[0]!.jobName).toBe("hello_job");
    const table = await cli("run", "list", "--tag", `suite=${suite}`);
    expect(table.stdout.split("\n")[0]).toMatch(/^RUN\s+JOB\s+STATUS\s+CREATED\s+DURATION\s+TAGS$/);
    expect(table.stdout).toContain(failed[0]!.runId);
  });

  it("terminates a slow run", async () => {
    const { runId } = await cliJson<{ runId: string }>(
      ["job", "launch", "slow_job", "--tag", `suite=${suite}`],
      { url },
    );
    await waitForStatus(runId, "STARTED");
    const result = await cli("run", "terminate", runId);
    expect(result.code, result.stderr).toBe(0);
    await waitForStatus(runId, "CANCELED", 15_000);
    const again = await cli("run", "terminate", runId);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/terminating run .*: TerminateRunFailure/);
  });

  it("terminates the followed run on SIGINT when not in a terminal, and exits 2 (CANCELED)", async () => {
    const child = startCli(["job", "launch", "slow_job", "--wait", "--tag", `suite=${suite}`], { url });
    const deadline = Date.now() + 60_000;
    while (!child.output().stdout.includes("STEP_START")) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`the run never started:\n${child.output().stdout}${child.output().stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    child.kill("SIGINT");
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(child.output().stdout).toMatch(/ended CANCELED/);
    expect(code).toBe(2);
  });
});

describe("dagflare schedule", () => {
  it("starts and stops a schedule", async () => {
    const statusInList = async () =>
      (await cliJson<{ name: string; status: string }[]>(["schedule", "list"], { url })).find(
        (schedule) => schedule.name === "every_minute",
      )?.status;
    expect((await cliJson<{ status: string }>(["schedule", "start", "every_minute"], { url })).status).toBe(
      "RUNNING",
    );
    expect(await statusInList()).toBe("RUNNING");
    expect((await cliJson<{ status: string }>(["schedule", "stop", "every_minute"], { url })).status).toBe(
      "STOPPED",
    );
    expect(await statusInList()).toBe("STOPPED");
  });

  it("names what exists when a schedule is unknown", async () => {
    const result = await cli("schedule", "start", "no_such_schedule");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no schedule named "no_such_schedule"');
    expect(result.stderr).toContain("every_minute");
  });
});

describe("bad flags", () => {
  it("names an unknown flag", async () => {
    const result = await cli("run", "list", "--bogus");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("unknown option '--bogus'");
  });

  it("names the flag whose value is invalid", async () => {
    const result = await cli("run", "list", "--status", "DONE");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /option '-s, --status <status>' argument 'DONE' is invalid\. unknown status DONE/,
    );
  });

  it("says where it could not reach", async () => {
    const result = await runCli(["job", "list"], { url: "http://127.0.0.1:9" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("cannot reach Dagflare at http://127.0.0.1:9");
  });
});
