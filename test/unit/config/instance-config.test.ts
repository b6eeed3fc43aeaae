import { describe, expect, expectTypeOf, it } from "vitest";
import { ConfigError } from "../../../shared/config/config-error";
import {
  loadInstanceConfig,
  type InstanceConfig,
  type RunLauncherConfig,
  type TagConcurrencyLimit,
} from "../../../shared/config/instance-config";
import { expectConfigError, issueLines } from "./expect-config-error";

const load = (text: string | null | undefined) =>
  loadInstanceConfig(text, { source: "dagflare.yaml", env: {} });
const errorsOf = (text: string) => issueLines(expectConfigError(() => load(text)));

describe("dagflare.yaml defaults", () => {
  const defaults: InstanceConfig = {
    storage: { type: "d1", binding: "DB" },
    runCoordinator: {
      type: "queued",
      maxConcurrentRuns: 10,
      tagConcurrencyLimits: [],
      dequeueIntervalSeconds: 5,
      blockOpConcurrencyLimitedRuns: { enabled: true, opConcurrencySlotBuffer: 0 },
    },
    runLauncher: { type: "durable_object" },
    computeLogs: { type: "r2", binding: "COMPUTE_LOGS", prefix: "compute_logs" },
    runMonitoring: {
      enabled: true,
      startTimeoutSeconds: 180,
      cancelTimeoutSeconds: 180,
      maxRuntimeSeconds: 0,
      maxResumeRunAttempts: 0,
      pollIntervalSeconds: 120,
    },
    runRetries: { enabled: false, maxRetries: 0, retryOnAssetOrOpFailure: true },
    schedules: { maxCatchupRuns: 5, maxTickRetries: 0 },
    sensors: { defaultMinimumIntervalSeconds: 30 },
    retention: {
      schedule: { purgeAfterDays: { skipped: -1, success: -1, failure: -1, started: -1 } },
      sensor: { purgeAfterDays: { skipped: 7, success: -1, failure: -1, started: -1 } },
      runs: { purgeAfterDays: { success: -1, failure: -1, canceled: -1 } },
      eventLog: { purgeAfterDays: -1 },
      purgeIntervalSeconds: 300,
      maxRunsPerPass: 50,
      maxEventsPerPass: 10000,
    },
    concurrency: { pools: { granularity: "op" } },
  };

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["empty", ""],
    ["comments only", "# nothing here\n"],
  ])("%s text means every default", (_name, text) => {
    expect(load(text)).toEqual(defaults);
  });

  it("fills the defaults of a section that is given only in part", () => {
    const config = load(
      "run_coordinator:\n  type: queued\n  max_concurrent_runs: 3\nrun_monitoring:\n  enabled: false\n",
    );
    expect(config.runCoordinator).toEqual({
      type: "queued",
      maxConcurrentRuns: 3,
      tagConcurrencyLimits: [],
      dequeueIntervalSeconds: 5,
      blockOpConcurrencyLimitedRuns: { enabled: true, opConcurrencySlotBuffer: 0 },
    });
    expect(config.runMonitoring).toEqual({ ...defaults.runMonitoring, enabled: false });
    expect(config.storage).toEqual(defaults.storage);
  });

  it("returns a frozen config", () => {
    const config = load("run_coordinator: { type: queued, tag_concurrency_limits: [{ key: a, limit: 1 }] }");
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.runCoordinator)).toBe(true);
    expect(
      config.runCoordinator.type === "queued" &&
        Object.isFrozen(config.runCoordinator.tagConcurrencyLimits[0]),
    ).toBe(true);
  });
});

describe("dagflare.yaml components", () => {
  it("parses every key of a full file to camelCase", () => {
    const config = load(`
storage: { type: d1, binding: MY_DB }
run_coordinator:
  type: queued
  max_concurrent_runs: -1
  dequeue_interval_seconds: 0.5
run_launcher:
  type: remote
  url: https://runs.example.com/launch
  headers: { X-Api-Key: abc }
  timeout_seconds: 30
compute_logs: { type: r2 }
run_monitoring: { max_runtime_seconds: 3600, max_resume_run_attempts: 2, poll_interval_seconds: 10 }
run_retries: { enabled: true, max_retries: 3, retry_on_asset_or_op_failure: false }
schedules: { max_catchup_runs: 0, max_tick_retries: 2 }
sensors: { default_minimum_interval_seconds: 5 }
retention:
  schedule: { purge_after_days: 90 }
  sensor: { purge_after_days: { success: 30 } }
`);
    expect(config.storage).toEqual({ type: "d1", binding: "MY_DB" });
    expect(config.runCoordinator).toEqual({
      type: "queued",
      maxConcurrentRuns: -1,
      tagConcurrencyLimits: [],
      dequeueIntervalSeconds: 0.5,
      blockOpConcurrencyLimitedRuns: { enabled: true, opConcurrencySlotBuffer: 0 },
    });
    expect(config.runLauncher).toEqual({
      type: "remote",
      url: "https://runs.example.com/launch",
      headers: { "X-Api-Key": "abc" },
      timeoutSeconds: 30,
    });
    expect(config.computeLogs).toEqual({ type: "r2", binding: "COMPUTE_LOGS", prefix: "compute_logs" });
    expect(config.runMonitoring).toMatchObject({
      maxRuntimeSeconds: 3600,
      maxResumeRunAttempts: 2,
      pollIntervalSeconds: 10,
    });
    expect(config.runRetries).toEqual({ enabled: true, maxRetries: 3, retryOnAssetOrOpFailure: false });
    expect(config.schedules).toEqual({ maxCatchupRuns: 0, maxTickRetries: 2 });
    expect(config.sensors).toEqual({ defaultMinimumIntervalSeconds: 5 });
    expect(config.retention.schedule.purgeAfterDays).toEqual({
      skipped: 90,
      success: 90,
      failure: 90,
      started: 90,
    });
    expect(config.retention.sensor.purgeAfterDays).toEqual({
      skipped: 7,
      success: 30,
      failure: -1,
      started: -1,
    });
  });

  it("accepts the immediate coordinator and the other launchers and compute log managers", () => {
    expect(load("run_coordinator: { type: immediate }").runCoordinator).toEqual({ type: "immediate" });
    expect(
      load("run_launcher: { type: container, binding: RUNS, timeout_seconds: 20, env_vars: { MODE: prod } }")
        .runLauncher,
    ).toEqual({
      type: "container",
      binding: "RUNS",
      timeoutSeconds: 20,
      envVars: { MODE: "prod" },
    });
    expect(load("run_launcher: { type: container }").runLauncher).toEqual({ type: "container", envVars: {} });
    expect(load("compute_logs: { type: noop }").computeLogs).toEqual({ type: "noop" });
    expect(load("compute_logs: { type: r2, binding: LOGS, prefix: '' }").computeLogs).toEqual({
      type: "r2",
      binding: "LOGS",
      prefix: "",
    });
  });

  it("maps code locations to their own run-worker services (remote) and container classes (container), keeping the names as written", () => {
    const remote = load(
      "run_launcher: { type: remote, url: https://runs.example.com, location_urls: { etl_jobs: https://etl.example.com, ml.v2: http://ml:8080 } }",
    );
    expect(remote.runLauncher).toMatchObject({
      url: "https://runs.example.com",
      locationUrls: { etl_jobs: "https://etl.example.com", "ml.v2": "http://ml:8080" },
    });
    const container = load(
      "run_launcher: { type: container, location_bindings: { etl_jobs: ETL_CONTAINER } }",
    );
    expect(container.runLauncher).toMatchObject({ locationBindings: { etl_jobs: "ETL_CONTAINER" } });
  });

  it("names the location whose URL or binding is wrong, and a key that is no location name", () => {
    expect(
      errorsOf(
        'run_launcher: { type: remote, url: "https://r.example.com", location_urls: { etl: "ftp://etl" } }',
      ),
    ).toEqual([
      'run_launcher.location_urls.etl (line 1, column 83): expected an http(s) URL, got "ftp://etl"',
    ]);
    expect(
      errorsOf(
        'run_launcher: { type: remote, url: "https://r.example.com", location_urls: { "etl jobs": "https://etl" } }',
      ),
    ).toEqual([
      'run_launcher.location_urls["etl jobs"] (line 1, column 78): expected a location name (letters, digits, _, . and -), got "etl jobs"',
    ]);
    expect(
      errorsOf("run_launcher: { type: remote, url: https://r.example.com, location_urls: [https://etl] }"),
    ).toEqual([
      expect.stringMatching(/^run_launcher\.location_urls \(line 1, column \d+\): expected a mapping/),
    ]);
    expect(errorsOf("run_launcher: { type: container, location_bindings: { etl: 1BAD } }")).toEqual([
      expect.stringMatching(
        /^run_launcher\.location_bindings\.etl \(line 1, column \d+\): expected a Worker binding name/,
      ),
    ]);
  });

  it("normalizes Dagster's nested tag limit form and the flat form to one shape", () => {
    const config = load(`
run_coordinator:
  type: queued
  tag_concurrency_limits:
    - { key: database, value: redshift, limit: 4 }
    - { key: team, limit: 2 }
    - { key: dagster/backfill, value: { applyLimitPerUniqueValue: true }, limit: 3 }
    - { key: tenant, applyLimitPerUniqueValue: true, limit: 1 }
    - { key: region, value: { applyLimitPerUniqueValue: false }, limit: 5 }
`);
    expect(config.runCoordinator.type === "queued" && config.runCoordinator.tagConcurrencyLimits).toEqual([
      { key: "database", value: "redshift", perUniqueValue: false, limit: 4 },
      { key: "team", perUniqueValue: false, limit: 2 },
      { key: "dagster/backfill", perUniqueValue: true, limit: 3 },
      { key: "tenant", perUniqueValue: true, limit: 1 },
      { key: "region", perUniqueValue: false, limit: 5 },
    ]);
  });

  it("types the parsed value from the schemas", () => {
    expectTypeOf<TagConcurrencyLimit>().toEqualTypeOf<{
      readonly key: string;
      readonly value?: string;
      readonly perUniqueValue: boolean;
      readonly limit: number;
    }>();
    expectTypeOf<InstanceConfig["runCoordinator"]["type"]>().toEqualTypeOf<"queued" | "immediate">();
    expectTypeOf<Extract<RunLauncherConfig, { type: "remote" }>["headers"]>().toEqualTypeOf<{
      readonly [name: string]: string;
    }>();
    expectTypeOf<
      InstanceConfig["retention"]["sensor"]["purgeAfterDays"]["skipped"]
    >().toEqualTypeOf<number>();
  });
});

describe("dagflare.yaml errors", () => {
  it("names the file, the key path, the line and column, and the value", () => {
    const error = expectConfigError(() =>
      load("storage:\n  type: d1\nrun_coordinator: { type: queued, max_concurrent_runs: ten }\n"),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.code).toBe("INVALID_CONFIG");
    expect(error.isUserError).toBe(true);
    expect(error.source).toBe("dagflare.yaml");
    expect(error.issues).toEqual([
      {
        path: "run_coordinator.max_concurrent_runs",
        message: 'expected an integer >= -1, got "ten"',
        line: 3,
        column: 55,
      },
    ]);
    expect(error.message).toBe(
      'dagflare.yaml is invalid:\n  run_coordinator.max_concurrent_runs (line 3, column 55): expected an integer >= -1, got "ten"',
    );
  });

  it("lists every issue, not just the first, in file order", () => {
    const lines = errorsOf(`run_coordinator:
  type: queued
  max_concurrent_runs: -2
  dequeue_interval_seconds: 0
  tag_concurrency_limits:
    - { key: team, limit: -1 }
  max_concurent_runs: 3
run_launcher: { type: remote, url: "ftp://runs.example.com" }
compute_logs: { type: s3 }
run_monitoring: { enabled: yes, max_runtime_seconds: -1 }
schedules: { max_catchup_runs: 1.5 }
storage: { type: d1, binding: 1DB }
`);
    expect(lines).toEqual([
      "run_coordinator.max_concurrent_runs (line 3, column 24): expected an integer >= -1, got -2",
      "run_coordinator.dequeue_interval_seconds (line 4, column 29): expected a number of seconds > 0, got 0",
      "run_coordinator.tag_concurrency_limits[0].limit (line 6, column 27): expected an integer >= 0, got -1",
      "run_coordinator.max_concurent_runs (line 7, column 3): unknown key",
      'run_launcher.url (line 8, column 36): expected an http(s) URL, got "ftp://runs.example.com"',
      'compute_logs.type (line 9, column 23): expected one of: r2, d1, postgres, noop, got "s3"',
      'run_monitoring.enabled (line 10, column 28): expected true or false, got "yes"',
      "run_monitoring.max_runtime_seconds (line 10, column 54): expected a number of seconds >= 0, got -1",
      "schedules.max_catchup_runs (line 11, column 32): expected an integer >= 0, got 1.5",
      'storage.binding (line 12, column 31): expected a Worker binding name (letters, digits and _, not starting with a digit), got "1DB"',
    ]);
  });

  it("rejects unknown top-level keys and unknown keys inside a variant", () => {
    expect(
      errorsOf(
        "run_coordinatr: { type: immediate }\nrun_coordinator: { type: immediate, max_concurrent_runs: 3 }\n",
      ),
    ).toEqual([
      "run_coordinatr (line 1, column 1): unknown key",
      "run_coordinator.max_concurrent_runs (line 2, column 37): unknown key",
    ]);
  });

  it("requires the type of a component and says which types exist", () => {
    expect(errorsOf("run_launcher:\n  url: https://x.example.com\n")).toEqual([
      "run_launcher.type (line 2, column 3): missing required key (expected one of: durable_object, remote, container)",
    ]);
    expect(errorsOf("run_launcher: { type: remote }")).toEqual([
      "run_launcher.url (line 1, column 15): missing required key (expected an http(s) URL)",
    ]);
  });

  it("rejects a section of the wrong kind", () => {
    expect(errorsOf("run_retries: true\nschedules:\n")).toEqual([
      "run_retries (line 1, column 14): expected a mapping, got true",
      "schedules (line 2, column 1): expected a mapping, got null",
    ]);
    expect(errorsOf("- storage\n")).toEqual(['line 1, column 1: expected a mapping, got ["storage"]']);
  });

  it("rejects both tag limit forms at once, and a per-value flag with a specific value", () => {
    expect(
      errorsOf(`run_coordinator:
  type: queued
  tag_concurrency_limits:
    - key: backfill
      value: { applyLimitPerUniqueValue: true }
      applyLimitPerUniqueValue: true
      limit: 1
    - { key: team, value: data, applyLimitPerUniqueValue: false, limit: 1 }
    - { key: team, value: 3, limit: 1 }
    - { key: team, value: { applyLimitPerUnique: true }, limit: 1 }
`),
    ).toEqual([
      "run_coordinator.tag_concurrency_limits[0].applyLimitPerUniqueValue (line 6, column 33): give applyLimitPerUniqueValue either inside value (Dagster's form) or beside key, not both",
      "run_coordinator.tag_concurrency_limits[1].applyLimitPerUniqueValue (line 8, column 59): applyLimitPerUniqueValue cannot be combined with a specific value: it sets a separate limit for each value of the key",
      "run_coordinator.tag_concurrency_limits[2].value (line 9, column 27): expected a string or a mapping, got 3",
      "run_coordinator.tag_concurrency_limits[3].value.applyLimitPerUniqueValue (line 10, column 27): missing required key (expected true or false)",
      "run_coordinator.tag_concurrency_limits[3].value.applyLimitPerUnique (line 10, column 29): unknown key",
    ]);
  });

  it("rejects a retention value that is neither days nor per-status days", () => {
    expect(
      errorsOf(
        "retention:\n  sensor:\n    purge_after_days: forever\n  schedule: { purge_after_days: { skipped: -2, ok: 1 } }\n",
      ),
    ).toEqual([
      'retention.sensor.purge_after_days (line 3, column 23): expected an integer >= -1 or a mapping, got "forever"',
      "retention.schedule.purge_after_days.skipped (line 4, column 44): expected an integer >= -1, got -2",
      "retention.schedule.purge_after_days.ok (line 4, column 48): unknown key",
    ]);
  });

  it("reports YAML syntax errors with their position", () => {
    const error = expectConfigError(() =>
      load("run_coordinator:\n  type: queued\n  tag_concurrency_limits: [{ key: a, limit: 1 }\n"),
    );
    expect(error.source).toBe("dagflare.yaml");
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues[0]).toMatchObject({ path: "", line: 4, column: 1 });
    for (const issue of error.issues) expect(issue.message).toMatch(/^YAML syntax error: /);
    expect(errorsOf("storage: { type: d1 }\nstorage: { type: d1 }\n")).toEqual([
      "line 2, column 1: YAML syntax error: Map keys must be unique",
    ]);
  });
});
