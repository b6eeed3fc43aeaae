import { describe, expect, it } from "vitest";
import { instanceConfigForDisplay, loadInstanceConfig } from "../../../shared/config/instance-config";
import { loadWorkspaceConfig, workspaceConfigForDisplay } from "../../../shared/config/workspace-config";
import { expectConfigError, issueLines } from "./expect-config-error";

const INSTANCE = `run_coordinator:
  type: queued
  max_concurrent_runs: { env: MAX_RUNS }
  tag_concurrency_limits:
    - { key: { env: TAG_KEY }, value: { applyLimitPerUniqueValue: { env: PER_VALUE } }, limit: { env: TAG_LIMIT } }
  dequeue_interval_seconds: { env: DEQUEUE_SECONDS }
run_launcher:
  type: remote
  url: { env: LAUNCHER_URL }
  headers: { Authorization: { env: LAUNCHER_TOKEN } }
run_monitoring: { enabled: { env: MONITORING } }
retention: { schedule: { purge_after_days: { env: SCHEDULE_DAYS } } }
`;
const ENV = {
  MAX_RUNS: "25",
  TAG_KEY: "tenant",
  PER_VALUE: "TRUE",
  TAG_LIMIT: "2",
  DEQUEUE_SECONDS: "2.5",
  LAUNCHER_URL: "https://runs.example.com",
  LAUNCHER_TOKEN: "Bearer s3cret",
  MONITORING: "false",
  SCHEDULE_DAYS: "14",
};

describe("{ env: NAME } values", () => {
  it("resolves from the env passed in, coercing numbers and booleans", () => {
    const config = loadInstanceConfig(INSTANCE, { source: "dagflare.yaml", env: ENV });
    expect(config.runCoordinator).toEqual({
      type: "queued",
      maxConcurrentRuns: 25,
      tagConcurrencyLimits: [{ key: "tenant", perUniqueValue: true, limit: 2 }],
      dequeueIntervalSeconds: 2.5,
      blockOpConcurrencyLimitedRuns: { enabled: true, opConcurrencySlotBuffer: 0 },
    });
    expect(config.runLauncher).toEqual({
      type: "remote",
      url: "https://runs.example.com",
      headers: { Authorization: "Bearer s3cret" },
    });
    expect(config.runMonitoring.enabled).toBe(false);
    expect(config.retention.schedule.purgeAfterDays).toEqual({
      skipped: 14,
      success: 14,
      failure: 14,
      started: 14,
    });
  });

  it("reads the env at call time, so each call sees its own env", () => {
    const text = "run_coordinator: { type: queued, max_concurrent_runs: { env: MAX_RUNS } }";
    const maxRuns = (env: Record<string, unknown>) => {
      const { runCoordinator } = loadInstanceConfig(text, { source: "dagflare.yaml", env });
      return runCoordinator.type === "queued" ? runCoordinator.maxConcurrentRuns : undefined;
    };
    expect(maxRuns({ MAX_RUNS: "1" })).toBe(1);
    expect(maxRuns({ MAX_RUNS: "-1" })).toBe(-1);
  });

  it("fails on unset variables, naming the key path and the variable, together with every other issue", () => {
    const error = expectConfigError(() =>
      loadInstanceConfig(INSTANCE, {
        source: "DAGFLARE_INSTANCE_YAML",
        env: { ...ENV, MAX_RUNS: "ten", LAUNCHER_TOKEN: undefined, SCHEDULE_DAYS: "-2", MONITORING: "maybe" },
      }),
    );
    expect(error.source).toBe("DAGFLARE_INSTANCE_YAML");
    expect(error.message.split("\n")[0]).toBe("DAGFLARE_INSTANCE_YAML is invalid:");
    expect(issueLines(error)).toEqual([
      'run_coordinator.max_concurrent_runs (line 3, column 24): expected an integer >= -1, got "ten" from environment variable MAX_RUNS',
      "run_launcher.headers.Authorization (line 10, column 29): environment variable LAUNCHER_TOKEN is not set",
      'run_monitoring.enabled (line 11, column 28): expected true or false, got "maybe" from environment variable MONITORING',
      "retention.schedule.purge_after_days (line 12, column 44): expected an integer >= -1, got -2 from environment variable SCHEDULE_DAYS",
    ]);
  });

  it("rejects a variable that is a binding, not text, a malformed reference, and names only the env has by inheritance", () => {
    const env = { DB: { prepare: () => undefined } };
    expect(
      issueLines(
        expectConfigError(() =>
          loadInstanceConfig(
            "storage: { type: d1, binding: { env: DB } }\nschedules: { max_catchup_runs: { env: 5 }, max_tick_retries: { env: toString } }",
            { source: "dagflare.yaml", env },
          ),
        ),
      ),
    ).toEqual([
      "storage.binding (line 1, column 31): environment variable DB is a binding, not a text variable or secret",
      "schedules.max_catchup_runs (line 2, column 32): an environment reference is written { env: VARIABLE_NAME } (exactly one key, a variable name)",
      "schedules.max_tick_retries (line 2, column 62): environment variable toString is not set",
    ]);
  });

  it("rejects a reference standing for a whole section", () => {
    const text =
      "run_retries: { env: RETRIES }\nrun_launcher: { type: remote, url: https://a.example.com, headers: { env: HEADERS } }\n";
    expect(
      issueLines(
        expectConfigError(() =>
          loadInstanceConfig(text, { source: "dagflare.yaml", env: { RETRIES: "x", HEADERS: "y" } }),
        ),
      ),
    ).toEqual([
      "run_retries (line 1, column 14): expected a mapping, got { env: RETRIES }; an env reference can only stand for a single text, number or true/false value",
      "run_launcher.headers (line 2, column 68): expected a mapping, got { env: HEADERS }; an env reference can only stand for a single text, number or true/false value",
    ]);
  });

  it("rejects a reference for a component's type or for a list", () => {
    const text = "run_coordinator: { type: { env: COORDINATOR } }\nrun_coordinator2: 1\n";
    expect(
      issueLines(
        expectConfigError(() =>
          loadInstanceConfig(text, { source: "dagflare.yaml", env: { COORDINATOR: "queued" } }),
        ),
      ),
    ).toEqual([
      "run_coordinator.type (line 1, column 26): expected one of: queued, immediate, got { env: COORDINATOR }; the type is chosen in the file, not by an env reference",
      "run_coordinator2 (line 2, column 1): unknown key",
    ]);
    expect(
      issueLines(
        expectConfigError(() =>
          loadWorkspaceConfig("load_from: { env: LOCATIONS }", {
            source: "workspace.yaml",
            env: { LOCATIONS: "[]" },
          }),
        ),
      ),
    ).toEqual([
      "load_from (line 1, column 12): expected a list, got { env: LOCATIONS }; an env reference can only stand for a single text, number or true/false value",
    ]);
  });

  it("requires location_name when the name would come from an env value", () => {
    const text =
      "load_from:\n  - url: { url: { env: LOCATION_URL } }\n  - url: { url: { env: LOCATION_URL }, location_name: { env: LOCATION_NAME } }\n";
    expect(
      issueLines(
        expectConfigError(() =>
          loadWorkspaceConfig(text, {
            source: "workspace.yaml",
            env: { LOCATION_URL: "https://a.example.com", LOCATION_NAME: "a" },
          }),
        ),
      ),
    ).toEqual([
      "load_from[0].url.location_name (line 2, column 10): location_name is required when url is given as { env: ... }: stored schedule and sensor state is keyed by the location name, so it must not depend on the environment",
    ]);
  });

  it("checks names that come from env values for uniqueness once resolved", () => {
    const text =
      "load_from:\n  - service_binding: { binding: A, location_name: { env: NAME_A } }\n  - service_binding: { binding: B, location_name: { env: NAME_B } }\n";
    expect(
      loadWorkspaceConfig(text, {
        source: "workspace.yaml",
        env: { NAME_A: "a", NAME_B: "b" },
      }).locations.map((location) => location.locationName),
    ).toEqual(["a", "b"]);
    expect(
      issueLines(
        expectConfigError(() =>
          loadWorkspaceConfig(text, { source: "workspace.yaml", env: { NAME_A: "same", NAME_B: "same" } }),
        ),
      ),
    ).toEqual(['load_from[1] (line 3, column 5): location name "same" is already used by load_from[0]']);
  });
});

describe("display form", () => {
  it("fills every default, keeps snake_case keys and keeps each { env: NAME } instead of its value", () => {
    const display = instanceConfigForDisplay(INSTANCE, "dagflare.yaml");
    expect(display).toEqual({
      storage: { type: "d1", binding: "DB" },
      run_coordinator: {
        type: "queued",
        max_concurrent_runs: { env: "MAX_RUNS" },
        tag_concurrency_limits: [
          {
            key: { env: "TAG_KEY" },
            applyLimitPerUniqueValue: { env: "PER_VALUE" },
            limit: { env: "TAG_LIMIT" },
          },
        ],
        dequeue_interval_seconds: { env: "DEQUEUE_SECONDS" },
        block_op_concurrency_limited_runs: { enabled: true, op_concurrency_slot_buffer: 0 },
      },
      run_launcher: {
        type: "remote",
        url: { env: "LAUNCHER_URL" },
        headers: { Authorization: { env: "LAUNCHER_TOKEN" } },
      },
      compute_logs: { type: "r2", binding: "COMPUTE_LOGS", prefix: "compute_logs" },
      run_monitoring: {
        enabled: { env: "MONITORING" },
        start_timeout_seconds: 180,
        cancel_timeout_seconds: 180,
        max_runtime_seconds: 0,
        max_resume_run_attempts: 0,
        poll_interval_seconds: 120,
      },
      run_retries: { enabled: false, max_retries: 0, retry_on_asset_or_op_failure: true },
      schedules: { max_catchup_runs: 5, max_tick_retries: 0 },
      sensors: { default_minimum_interval_seconds: 30 },
      retention: {
        schedule: {
          purge_after_days: {
            skipped: { env: "SCHEDULE_DAYS" },
            success: { env: "SCHEDULE_DAYS" },
            failure: { env: "SCHEDULE_DAYS" },
            started: { env: "SCHEDULE_DAYS" },
          },
        },
        sensor: { purge_after_days: { skipped: 7, success: -1, failure: -1, started: -1 } },
        runs: { purge_after_days: { success: -1, failure: -1, canceled: -1 } },
        event_log: { purge_after_days: -1 },
        purge_interval_seconds: 300,
        max_runs_per_pass: 50,
        max_events_per_pass: 10000,
      },
      concurrency: { pools: { granularity: "op" } },
    });
  });

  it("shows the workspace with every location name filled and header secrets as references", () => {
    const text =
      "load_from:\n  - service_binding: { binding: EXAMPLE_LOCATION }\n  - url: { url: https://loc.example.com, headers: { Authorization: { env: TOKEN } } }\n";
    expect(workspaceConfigForDisplay(text, "workspace.yaml")).toEqual({
      load_from: [
        { service_binding: { binding: "EXAMPLE_LOCATION", location_name: "example-location" } },
        {
          url: {
            url: "https://loc.example.com",
            location_name: "loc.example.com",
            headers: { Authorization: { env: "TOKEN" } },
          },
        },
      ],
    });
    expect(workspaceConfigForDisplay(null, "workspace.yaml")).toEqual({ load_from: [] });
  });

  it("still rejects what is invalid regardless of the env", () => {
    expect(
      issueLines(
        expectConfigError(() =>
          instanceConfigForDisplay(
            "run_coordinator: { type: queued, max_concurrent_runs: ten }",
            "dagflare.yaml",
          ),
        ),
      ),
    ).toEqual([
      'run_coordinator.max_concurrent_runs (line 1, column 55): expected an integer >= -1, got "ten"',
    ]);
  });
});
