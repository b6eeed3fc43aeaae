import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseRunConfigData } from "../../../shared/run-config/parse-run-config-data";
import { scaffoldRunConfigYaml } from "../../../shared/run-config/scaffold-run-config";
import { applyRunConfigDefaults, validateRunConfig } from "../../../shared/run-config/validate-run-config";
import { jobSchema, toSchema } from "./job-schemas";

describe("scaffoldRunConfigYaml", () => {
  it("fills defaults and shows each required entry with a typed placeholder and a comment", () => {
    expect(scaffoldRunConfigYaml(jobSchema)).toBe(
      [
        "ops:",
        "  extract:",
        "    config:",
        "      # required (String): Where to fetch the data from",
        "      source_url: ...",
        "      limit: 10",
        "      verbose: false",
        "      mode: fast",
        "      tags: []",
        "      proxy: null",
        "      options:",
        "        depth: 2",
        "  load:",
        "    config:",
        "      # required (String)",
        "      table: ...",
        '      # required ([{ name: String, type: "int" | "text" }])',
        "      columns: []",
        "execution:",
        "  config:",
        "    in_process: {}",
        "",
      ].join("\n"),
    );
  });

  it("parses back to a config that validates, placeholders included, and already has its defaults", () => {
    const config = parseRunConfigData(scaffoldRunConfigYaml(jobSchema));
    expect(validateRunConfig(config, jobSchema)).toEqual([]);
    expect(applyRunConfigDefaults(config, jobSchema)).toEqual(config);
  });

  it("starts from the given defaults (e.g. the job's defaultRunConfig)", () => {
    const defaults = {
      ops: { extract: { config: { source_url: "https://example.com", tags: ["daily"] } } },
      resources: { warehouse: { config: { dsn: "postgres://db" } } },
      execution: { config: { multi: { max_concurrent: 2 } } },
    };
    const config = parseRunConfigData(scaffoldRunConfigYaml(jobSchema, defaults));
    expect(config).toMatchObject({
      ...defaults,
      resources: { warehouse: { config: { dsn: "postgres://db", pool: 5 } } },
    });
    expect(validateRunConfig(config, jobSchema)).toEqual([]);
  });

  it("picks the first choice of a required selector and says which choices there are", () => {
    const schema = toSchema(
      z.object({
        storage: z.union([
          z.strictObject({ s3: z.object({ bucket: z.string(), region: z.enum(["eu", "us"]) }) }),
          z.strictObject({ local: z.object({ dir: z.string().default("/tmp") }) }),
        ]),
      }),
    );
    const yaml = scaffoldRunConfigYaml(schema);
    expect(yaml).toBe(
      [
        "storage:",
        '  # required: choose one of "s3", "local"',
        "  s3:",
        "    # required (String)",
        "    bucket: ...",
        '    # required ("eu" | "us")',
        "    region: eu",
        "",
      ].join("\n"),
    );
    expect(validateRunConfig(parseRunConfigData(yaml), schema)).toEqual([]);
  });

  it("uses a placeholder of each type and leaves out optional sections that would be empty", () => {
    const schema = toSchema(
      z.object({
        ops: z.object({ quiet: z.object({ config: z.object({ level: z.number().optional() }) }) }),
        count: z.number().int(),
        ratio: z.number(),
        enabled: z.boolean(),
        owner: z.string().nullable(),
        labels: z.record(z.string(), z.string()),
        anything: z.unknown(),
      }),
    );
    const yaml = scaffoldRunConfigYaml(schema);
    expect(parseRunConfigData(yaml)).toEqual({
      count: 0,
      ratio: 0,
      enabled: false,
      owner: null,
      labels: {},
      anything: null,
    });
    expect(yaml).toContain("# required (Int)\ncount: 0");
    expect(yaml).toContain("# required (String?)\nowner: null");
    expect(validateRunConfig(parseRunConfigData(yaml), schema)).toEqual([]);
    expect(
      scaffoldRunConfigYaml(
        toSchema(
          z.object({
            ops: z.object({ quiet: z.object({ config: z.object({ level: z.number().optional() }) }) }),
          }),
        ),
      ),
    ).toBe("{}\n");
  });
});
