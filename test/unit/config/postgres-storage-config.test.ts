// storage: { type: postgres } and the retention keys in dagflare.yaml: defaults, and errors at their key paths.
import { describe, expect, it } from "vitest";
import { loadInstanceConfig } from "../../../shared/config/instance-config";
import { expectConfigError, issueLines } from "./expect-config-error";

const load = (text: string) =>
  loadInstanceConfig(text, { source: "dagflare.yaml", env: { PG_BINDING: "MY_HYPERDRIVE" } });

describe("storage: postgres", () => {
  it("defaults its binding to HYPERDRIVE and reads one from the env", () => {
    expect(load("storage: { type: postgres }\n").storage).toEqual({
      type: "postgres",
      binding: "HYPERDRIVE",
    });
    expect(
      load("storage: { type: postgres, binding: { env: PG_BINDING } }\ncompute_logs: { type: postgres }\n"),
    ).toMatchObject({
      storage: { type: "postgres", binding: "MY_HYPERDRIVE" },
      computeLogs: { type: "postgres" },
    });
  });

  it("names the key of a bad binding, an unknown key and an unknown type", () => {
    expect(
      issueLines(expectConfigError(() => load("storage:\n  type: postgres\n  binding: 1-bad\n"))),
    ).toEqual([
      'storage.binding (line 3, column 12): expected a Worker binding name (letters, digits and _, not starting with a digit), got "1-bad"',
    ]);
    expect(issueLines(expectConfigError(() => load("storage:\n  type: postgres\n  url: x\n")))[0]).toMatch(
      /^storage\.url \(line 3, column 3\): unknown key/,
    );
    expect(issueLines(expectConfigError(() => load("storage:\n  type: mysql\n")))[0]).toMatch(
      /^storage\.type \(line 2, column 9\): /,
    );
  });
});

describe("retention of runs and events", () => {
  it("keeps everything by default and takes runs per end status", () => {
    expect(load("").retention).toMatchObject({
      runs: { purgeAfterDays: { success: -1, failure: -1, canceled: -1 } },
      eventLog: { purgeAfterDays: -1 },
      maxRunsPerPass: 50,
    });
    expect(
      load("retention:\n  runs: { purge_after_days: { failure: 90 } }\n").retention.runs.purgeAfterDays,
    ).toEqual({ success: -1, failure: 90, canceled: -1 });
    expect(load("retention:\n  runs: { purge_after_days: 30 }\n").retention.runs.purgeAfterDays).toEqual({
      success: 30,
      failure: 30,
      canceled: 30,
    });
  });

  it("names the key of a bad limit", () => {
    expect(
      issueLines(expectConfigError(() => load("retention:\n  event_log:\n    purge_after_days: -2\n"))),
    ).toEqual([
      "retention.event_log.purge_after_days (line 3, column 23): expected an integer >= -1, got -2",
    ]);
    expect(
      issueLines(
        expectConfigError(() => load("retention:\n  runs:\n    purge_after_days: { failed: 3 }\n")),
      )[0],
    ).toMatch(/^retention\.runs\.purge_after_days\.failed \(line 3, column 25\): unknown key/);
  });
});
