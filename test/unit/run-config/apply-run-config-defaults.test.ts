import { describe, expect, it } from "vitest";
import { z } from "zod";
import { applyRunConfigDefaults, validateRunConfig } from "../../../shared/run-config/validate-run-config";
import { jobSchema, toSchema, validJobConfig } from "./job-schemas";

describe("applyRunConfigDefaults", () => {
  it("fills every default: field defaults, all-optional sections and the execution default", () => {
    expect(applyRunConfigDefaults(validJobConfig(), jobSchema)).toEqual({
      ops: {
        extract: {
          config: {
            source_url: "https://example.com/data.csv",
            limit: 10,
            verbose: false,
            mode: "fast",
            tags: [],
            proxy: null,
            options: { depth: 2 },
          },
        },
        load: { config: { table: "events", columns: [{ name: "id", type: "int" }] } },
      },
      execution: { config: { in_process: {} } },
    });
  });

  it("fills an all-optional section required by its parent, not one declared optional", () => {
    expect(applyRunConfigDefaults(validJobConfig(), jobSchema)).not.toHaveProperty("resources");
    expect(applyRunConfigDefaults({ ...validJobConfig(), resources: {} }, jobSchema).resources).toEqual({
      warehouse: { config: { pool: 5 } },
    });
  });

  it("keeps given values, including falsy ones, and leaves optional entries without default out", () => {
    const config = validJobConfig();
    (config.ops as { extract: unknown }).extract = {
      config: { source_url: "s", limit: 1, verbose: true, tags: ["x"], proxy: "p", options: { depth: 0 } },
    };
    const filled = applyRunConfigDefaults(config, jobSchema) as {
      ops: { extract: { config: Record<string, unknown> } };
    };
    expect(filled.ops.extract.config).toEqual({
      source_url: "s",
      limit: 1,
      verbose: true,
      mode: "fast",
      tags: ["x"],
      proxy: "p",
      options: { depth: 0 },
    });
    expect(filled.ops.extract.config).not.toHaveProperty("ratio");
  });

  it("fills a bare selector key with its choice's defaults", () => {
    const filled = applyRunConfigDefaults(
      { ...validJobConfig(), execution: { config: { multi: null } } },
      jobSchema,
    );
    expect(filled.execution).toEqual({ config: { multi: {} } });
  });

  it("fills inside lists, records and the union option the value matches", () => {
    const schema = toSchema(
      z.object({
        steps: z.array(z.object({ name: z.string(), retries: z.number().default(0) })),
        targets: z.record(z.string(), z.object({ weight: z.number().default(1) })),
        auth: z.union([
          z.object({ token: z.string(), header: z.string().default("Authorization") }),
          z.object({ user: z.string() }),
        ]),
      }),
    );
    expect(
      applyRunConfigDefaults(
        { steps: [{ name: "a" }, { name: "b", retries: 2 }], targets: { x: {} }, auth: { token: "t" } },
        schema,
      ),
    ).toEqual({
      steps: [
        { name: "a", retries: 0 },
        { name: "b", retries: 2 },
      ],
      targets: { x: { weight: 1 } },
      auth: { token: "t", header: "Authorization" },
    });
    expect(applyRunConfigDefaults({ steps: [], targets: {}, auth: { user: "u" } }, schema).auth).toEqual({
      user: "u",
    });
  });

  it("gives a config that validates, is idempotent, and never changes its input or the schema's defaults", () => {
    const config = validJobConfig();
    const before = structuredClone(config);
    const filled = applyRunConfigDefaults(config, jobSchema);
    expect(config).toEqual(before);
    expect(validateRunConfig(filled, jobSchema)).toEqual([]);
    expect(applyRunConfigDefaults(filled, jobSchema)).toEqual(filled);
    (filled.ops as { extract: { config: { tags: string[] } } }).extract.config.tags.push("mutated");
    const again = applyRunConfigDefaults(validJobConfig(), jobSchema) as {
      ops: { extract: { config: { tags: string[] } } };
    };
    expect(again.ops.extract.config.tags).toEqual([]);
  });

  it("keeps unknown entries for validation to report and does not throw on invalid values", () => {
    const filled = applyRunConfigDefaults({ ...validJobConfig(), extra: 1, execution: "bad" }, jobSchema);
    expect(filled).toMatchObject({ extra: 1, execution: "bad" });
  });
});
