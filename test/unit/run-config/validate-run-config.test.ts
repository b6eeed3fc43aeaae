import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DagflareError } from "../../../shared/errors/dagflare-error";
import {
  isRunConfigValid,
  validateRunConfig,
  type RunConfigError,
} from "../../../shared/run-config/validate-run-config";
import { jobSchema, JobRunConfig, toSchema, validJobConfig } from "./job-schemas";

const EXTRACT_STACK = [
  { kind: "field", fieldName: "ops" },
  { kind: "field", fieldName: "extract" },
  { kind: "field", fieldName: "config" },
] as const;
const LOAD_STACK = [
  { kind: "field", fieldName: "ops" },
  { kind: "field", fieldName: "load" },
  { kind: "field", fieldName: "config" },
] as const;

/** The job's valid config with the extract op's config entries replaced/added. */
function withExtract(entries: Record<string, unknown>): Record<string, unknown> {
  const config = validJobConfig();
  const ops = config.ops as Record<string, { config: Record<string, unknown> }>;
  const extract = ops.extract ?? { config: {} };
  return { ...config, ops: { ...ops, extract: { config: { ...extract.config, ...entries } } } };
}

function withLoad(entries: Record<string, unknown>): Record<string, unknown> {
  const config = validJobConfig();
  const ops = config.ops as Record<string, { config: Record<string, unknown> }>;
  const load = ops.load ?? { config: {} };
  return { ...config, ops: { ...ops, load: { config: { ...load.config, ...entries } } } };
}

const only = (errors: RunConfigError[]): RunConfigError => {
  expect(errors).toHaveLength(1);
  const [error] = errors;
  if (!error) throw new Error("no error");
  return error;
};

describe("validateRunConfig", () => {
  it("accepts a config giving every required entry, leaving defaulted and all-optional entries out", () => {
    expect(validateRunConfig(validJobConfig(), jobSchema)).toEqual([]);
    expect(isRunConfigValid(validJobConfig(), jobSchema)).toBe(true);
  });

  it("FIELD_NOT_DEFINED: an unexpected entry, reported with the path and the expected type", () => {
    const error = only(validateRunConfig(withExtract({ verbos: true }), jobSchema));
    expect(error).toEqual({
      reason: "FIELD_NOT_DEFINED",
      fieldName: "verbos",
      path: ["ops", "extract", "config"],
      stack: EXTRACT_STACK,
      message:
        'Received unexpected config entry "verbos" at path root:ops:extract:config. Expected: "{ headers?: { [String]: String }, ' +
        'limit?: Int, mode?: "fast" | "slow", options?: { depth?: Int, follow?: Bool }, proxy?: String?, ratio?: Float, ' +
        'source_url: String, tags?: [String], verbose?: Bool }".',
    });
  });

  it("FIELDS_NOT_DEFINED: several unexpected entries in one object make one error, names sorted", () => {
    const error = only(validateRunConfig({ ...validJobConfig(), solids: {}, loggers: {} }, jobSchema));
    expect(error).toMatchObject({
      reason: "FIELDS_NOT_DEFINED",
      fieldNames: ["loggers", "solids"],
      path: [],
      stack: [],
    });
    expect(error.message).toMatch(
      /^Received unexpected config entries "loggers", "solids" at the root\. Expected: "\{ execution\?: /,
    );
  });

  it("MISSING_REQUIRED_FIELD: names the entry, its type key and a sample config", () => {
    const config = withExtract({});
    const ops = config.ops as { extract: { config: Record<string, unknown> } };
    delete ops.extract.config.source_url;
    expect(only(validateRunConfig(config, jobSchema))).toEqual({
      reason: "MISSING_REQUIRED_FIELD",
      path: ["ops", "extract", "config"],
      stack: EXTRACT_STACK,
      field: {
        name: "source_url",
        typeName: "String",
        configTypeKey: "String",
        isRequired: true,
        description: "Where to fetch the data from",
      },
      message:
        'Missing required config entry "source_url" at path root:ops:extract:config. Sample config for missing entry: {"source_url":"..."}',
    });
  });

  it("MISSING_REQUIRED_FIELDS: several missing entries in one object make one error with a sample of each", () => {
    const config = validJobConfig();
    (config.ops as { load: unknown }).load = { config: {} };
    const error = only(validateRunConfig(config, jobSchema));
    expect(error).toMatchObject({
      reason: "MISSING_REQUIRED_FIELDS",
      path: ["ops", "load", "config"],
      stack: LOAD_STACK,
    });
    expect(error.message).toBe(
      'Missing required config entries "columns", "table" at path root:ops:load:config. ' +
        'Sample config for missing entries: {"columns":[],"table":"..."}',
    );
    expect(
      error.reason === "MISSING_REQUIRED_FIELDS" &&
        error.fields.map((field) => [field.name, field.typeName, field.configTypeKey]),
    ).toEqual([
      [
        "columns",
        '[{ name: String, type: "int" | "text" }]',
        expect.stringMatching(/^Array\.Shape\.[0-9a-f]{16}$/),
      ],
      ["table", "String", "String"],
    ]);
  });

  it("MISSING_REQUIRED_FIELD for a whole op: the sample config holds only its required entries", () => {
    const config = validJobConfig();
    delete (config.ops as Record<string, unknown>).extract;
    expect(only(validateRunConfig(config, jobSchema)).message).toBe(
      'Missing required config entry "extract" at path root:ops. Sample config for missing entry: {"extract":{"config":{"source_url":"..."}}}',
    );
  });

  it("RUNTIME_TYPE_MISMATCH on a scalar, in Dagster's wording", () => {
    expect(only(validateRunConfig(withExtract({ limit: "ten" }), jobSchema))).toEqual({
      reason: "RUNTIME_TYPE_MISMATCH",
      valueRep: '"ten"',
      path: ["ops", "extract", "config", "limit"],
      stack: [...EXTRACT_STACK, { kind: "field", fieldName: "limit" }],
      message:
        'Invalid scalar at path root:ops:extract:config:limit. Value "ten" of type "string" is not valid for expected type "Int".',
    });
  });

  it("tells integers from floats: Int rejects 2.5, Float accepts 2", () => {
    expect(only(validateRunConfig(withExtract({ limit: 2.5 }), jobSchema)).message).toBe(
      'Invalid scalar at path root:ops:extract:config:limit. Value "2.5" of type "number" is not valid for expected type "Int".',
    );
    expect(validateRunConfig(withExtract({ ratio: 2 }), jobSchema)).toEqual([]);
    expect(only(validateRunConfig(withExtract({ ratio: "0.5" }), jobSchema)).message).toContain(
      'not valid for expected type "Float"',
    );
  });

  it("booleans must be booleans, not strings", () => {
    expect(only(validateRunConfig(withExtract({ verbose: "true" }), jobSchema))).toMatchObject({
      reason: "RUNTIME_TYPE_MISMATCH",
      valueRep: '"true"',
      message:
        'Invalid scalar at path root:ops:extract:config:verbose. Value "true" of type "string" is not valid for expected type "Bool".',
    });
  });

  it("enums: a value outside the enum names the allowed values", () => {
    expect(only(validateRunConfig(withExtract({ mode: "faster" }), jobSchema))).toMatchObject({
      reason: "RUNTIME_TYPE_MISMATCH",
      path: ["ops", "extract", "config", "mode"],
      message:
        'Invalid enum value at path root:ops:extract:config:mode. Value "faster" is not one of: "fast" | "slow".',
    });
  });

  it("nullable: null is accepted where declared and rejected elsewhere", () => {
    expect(validateRunConfig(withExtract({ proxy: null }), jobSchema)).toEqual([]);
    expect(only(validateRunConfig(withExtract({ proxy: 8080 }), jobSchema)).message).toBe(
      'Invalid scalar at path root:ops:extract:config:proxy. Value "8080" of type "integer" is not valid for expected type "String".',
    );
    expect(only(validateRunConfig(withExtract({ limit: null }), jobSchema))).toMatchObject({
      reason: "RUNTIME_TYPE_MISMATCH",
      valueRep: "null",
      message: 'Value at path root:ops:extract:config:limit must not be null. Expected: "Int".',
    });
  });

  it("list items: each bad item is reported at its index", () => {
    const errors = validateRunConfig(withExtract({ tags: ["a", 3, "c", false] }), jobSchema);
    expect(errors.map((error) => [error.path.join("."), error.stack.at(-1)])).toEqual([
      ["ops.extract.config.tags.1", { kind: "listItem", listIndex: 1 }],
      ["ops.extract.config.tags.3", { kind: "listItem", listIndex: 3 }],
    ]);
    expect(errors[0]?.message).toBe(
      'Invalid scalar at path root:ops:extract:config:tags[1]. Value "3" of type "integer" is not valid for expected type "String".',
    );
    expect(only(validateRunConfig(withExtract({ tags: "a" }), jobSchema)).message).toBe(
      'Value at path root:ops:extract:config:tags must be a list. Expected: "[String]".',
    );
  });

  it("objects inside lists: missing and unexpected entries are reported under the item", () => {
    const errors = validateRunConfig(
      withLoad({
        columns: [
          { name: "id", type: "int" },
          { nam: "x", type: "text" },
        ],
      }),
      jobSchema,
    );
    expect(errors.map((error) => [error.reason, error.message])).toEqual([
      [
        "FIELD_NOT_DEFINED",
        'Received unexpected config entry "nam" at path root:ops:load:config:columns[1]. Expected: "{ name: String, type: "int" | "text" }".',
      ],
      [
        "MISSING_REQUIRED_FIELD",
        'Missing required config entry "name" at path root:ops:load:config:columns[1]. Sample config for missing entry: {"name":"..."}',
      ],
    ]);
  });

  it("records: values are checked as map values, keys as map keys", () => {
    const error = only(
      validateRunConfig(withExtract({ headers: { Accept: "text/csv", Retries: 3 } }), jobSchema),
    );
    expect(error).toMatchObject({
      path: ["ops", "extract", "config", "headers", "Retries"],
      stack: [
        ...EXTRACT_STACK,
        { kind: "field", fieldName: "headers" },
        { kind: "mapValue", mapKey: "Retries" },
      ],
      message: `Invalid scalar at path root:ops:extract:config:headers:'Retries':value. Value "3" of type "integer" is not valid for expected type "String".`,
    });
    const byRegion = toSchema(z.object({ quotas: z.partialRecord(z.enum(["eu", "us"]), z.number()) }));
    expect(only(validateRunConfig({ quotas: { eu: 1, asia: 2 } }, byRegion))).toMatchObject({
      stack: [
        { kind: "field", fieldName: "quotas" },
        { kind: "mapKey", mapKey: "asia" },
      ],
      message: `Invalid enum value at path root:quotas:'asia':key. Value "asia" is not one of: "eu" | "us".`,
    });
  });

  it("records keyed by an enum require every key", () => {
    const byRegion = toSchema(z.object({ quotas: z.record(z.enum(["eu", "us"]), z.number()) }));
    expect(only(validateRunConfig({ quotas: { eu: 1 } }, byRegion))).toMatchObject({
      reason: "MISSING_REQUIRED_FIELD",
      path: ["quotas"],
      message:
        'Missing required config entry "us" at path root:quotas. Sample config for missing entry: {"us":0}',
    });
  });

  it("a shape given something else than an object", () => {
    expect(only(validateRunConfig(withExtract({ options: [1] }), jobSchema)).message).toBe(
      'Value at path root:ops:extract:config:options must be an object. Expected: "{ depth?: Int, follow?: Bool }".',
    );
    expect(only(validateRunConfig("ops: {}", jobSchema))).toMatchObject({
      reason: "RUNTIME_TYPE_MISMATCH",
      path: [],
      stack: [],
    });
  });

  it("value constraints zod emits (min, pattern, length) are checked", () => {
    expect(only(validateRunConfig(withExtract({ limit: 0 }), jobSchema)).message).toBe(
      'Invalid value at path root:ops:extract:config:limit. Value "0" must be at least 1.',
    );
    const constrained = toSchema(
      z.object({
        code: z
          .string()
          .min(2)
          .regex(/^[A-Z]+$/),
        ids: z.array(z.number()).max(2),
      }),
    );
    expect(
      validateRunConfig({ code: "a", ids: [1, 2, 3] }, constrained).map((error) => error.message),
    ).toEqual([
      'Invalid value at path root:code. Value "a" must be at least 2 characters long.',
      'Invalid value at path root:code. Value "a" must match the pattern /^[A-Z]+$/.',
      'Invalid value at path root:ids. Value "[1,2,3]" must have at most 2 items.',
    ]);
  });

  describe("unions", () => {
    it("accepts a value matching any option", () => {
      expect(validateRunConfig(withLoad({ auth: { token: "t" } }), jobSchema)).toEqual([]);
      expect(validateRunConfig(withLoad({ auth: { user: "u", password: "p" } }), jobSchema)).toEqual([]);
      expect(validateRunConfig(withLoad({ source: "s3://bucket" }), jobSchema)).toEqual([]);
      expect(validateRunConfig(withLoad({ source: { path: "/tmp" } }), jobSchema)).toEqual([]);
    });

    it("reports the errors of the option the value comes closest to", () => {
      expect(only(validateRunConfig(withLoad({ auth: { user: "u" } }), jobSchema))).toMatchObject({
        reason: "MISSING_REQUIRED_FIELD",
        path: ["ops", "load", "config", "auth"],
        message:
          'Missing required config entry "password" at path root:ops:load:config:auth. Sample config for missing entry: {"password":"..."}',
      });
    });

    it("follows a discriminator field to the intended option", () => {
      expect(only(validateRunConfig(withLoad({ sink: { kind: "file" } }), jobSchema)).message).toBe(
        'Missing required config entry "path" at path root:ops:load:config:sink. Sample config for missing entry: {"path":"..."}',
      );
      expect(
        only(validateRunConfig(withLoad({ sink: { kind: "table", path: "x" } }), jobSchema)).reason,
      ).toBe("FIELD_NOT_DEFINED");
    });

    it("a value of a type no option has gets one mismatch naming every option", () => {
      expect(only(validateRunConfig(withLoad({ source: 42 }), jobSchema))).toMatchObject({
        reason: "RUNTIME_TYPE_MISMATCH",
        valueRep: "42",
        message:
          'Invalid value at path root:ops:load:config:source. Value "42" of type "integer" is not valid for expected type "String | { path: String }".',
      });
    });
  });

  describe("selectors (exactly one of several keys)", () => {
    const withExecution = (config: unknown) => ({ ...validJobConfig(), execution: { config } });

    it("accepts one key, or a bare key meaning its defaults", () => {
      expect(validateRunConfig(withExecution({ multi: { max_concurrent: 4 } }), jobSchema)).toEqual([]);
      expect(validateRunConfig(withExecution({ multi: null }), jobSchema)).toEqual([]);
      expect(validateRunConfig(withExecution({ in_process: {} }), jobSchema)).toEqual([]);
    });

    it("SELECTOR_FIELD_ERROR when no key is given", () => {
      expect(only(validateRunConfig(withExecution({}), jobSchema))).toEqual({
        reason: "SELECTOR_FIELD_ERROR",
        incomingFields: [],
        path: ["execution", "config"],
        stack: [
          { kind: "field", fieldName: "execution" },
          { kind: "field", fieldName: "config" },
        ],
        message:
          'Must specify a field at path root:execution:config if more than one field is defined. Defined fields: "in_process", "multi".',
      });
    });

    it("SELECTOR_FIELD_ERROR when several keys are given", () => {
      expect(only(validateRunConfig(withExecution({ multi: {}, in_process: {} }), jobSchema))).toMatchObject({
        reason: "SELECTOR_FIELD_ERROR",
        incomingFields: ["in_process", "multi"],
        message:
          'You can only specify a single field at path root:execution:config. You specified "in_process", "multi". The available fields are "in_process", "multi".',
      });
    });

    it("an unknown key, a non-object, and errors inside the chosen key", () => {
      expect(only(validateRunConfig(withExecution({ multiprocess: {} }), jobSchema))).toMatchObject({
        reason: "FIELD_NOT_DEFINED",
        fieldName: "multiprocess",
      });
      expect(only(validateRunConfig(withExecution("multi"), jobSchema)).message).toBe(
        'Value for selector type at path root:execution:config must be an object with exactly one of: "in_process", "multi".',
      );
      expect(
        only(validateRunConfig(withExecution({ multi: { max_concurrent: 0 } }), jobSchema)),
      ).toMatchObject({
        path: ["execution", "config", "multi", "max_concurrent"],
        message:
          'Invalid value at path root:execution:config:multi:max_concurrent. Value "0" must be at least 1.',
      });
    });
  });

  it("reports every error at once, in Dagster's order", () => {
    const config = {
      ops: {
        extract: { config: { limit: "ten", mode: "faster", tags: [1], extra: 1 } },
        load: { config: { table: 7 } },
      },
      resources: { warehouse: { config: { pool: 1.5 } } },
      execution: { config: {} },
    };
    expect(validateRunConfig(config, jobSchema).map((error) => [error.reason, error.path.join(".")])).toEqual(
      [
        ["FIELD_NOT_DEFINED", "ops.extract.config"],
        ["MISSING_REQUIRED_FIELD", "ops.extract.config"],
        ["RUNTIME_TYPE_MISMATCH", "ops.extract.config.limit"],
        ["RUNTIME_TYPE_MISMATCH", "ops.extract.config.mode"],
        ["RUNTIME_TYPE_MISMATCH", "ops.extract.config.tags.0"],
        ["MISSING_REQUIRED_FIELD", "ops.load.config"],
        ["RUNTIME_TYPE_MISMATCH", "ops.load.config.table"],
        ["RUNTIME_TYPE_MISMATCH", "resources.warehouse.config.pool"],
        ["SELECTOR_FIELD_ERROR", "execution.config"],
      ],
    );
  });

  it("reads zod's input-mode schemas the same way: plain objects stay closed, defaulted fields optional", () => {
    const inputSchema = toSchema(JobRunConfig, "input");
    expect(validateRunConfig(validJobConfig(), inputSchema)).toEqual([]);
    expect(
      validateRunConfig(withExtract({ verbos: true, limit: "ten" }), inputSchema).map(
        (error) => error.reason,
      ),
    ).toEqual(["FIELD_NOT_DEFINED", "RUNTIME_TYPE_MISMATCH"]);
  });

  it("open objects: loose ones take any extra entry, catchall ones check extras against their type", () => {
    const schema = toSchema(
      z.object({
        loose: z.looseObject({ a: z.string() }),
        typed: z.object({ a: z.string() }).catchall(z.number()),
      }),
    );
    expect(validateRunConfig({ loose: { a: "x", b: [1] }, typed: { a: "x", b: 1 } }, schema)).toEqual([]);
    expect(only(validateRunConfig({ loose: { a: "x" }, typed: { a: "x", b: "1" } }, schema))).toMatchObject({
      path: ["typed", "b"],
      reason: "RUNTIME_TYPE_MISMATCH",
    });
  });

  it("merges allOf, which zod emits for an object intersected with a record", () => {
    const schema = toSchema(
      z.object({ labels: z.intersection(z.object({ team: z.string() }), z.record(z.string(), z.string())) }),
    );
    expect(JSON.stringify(schema)).toContain('"allOf"');
    expect(validateRunConfig({ labels: { team: "data", tier: "gold" } }, schema)).toEqual([]);
    expect(
      validateRunConfig({ labels: { tier: 1 } }, schema).map((error) => [error.reason, error.path.join(".")]),
    ).toEqual([
      ["RUNTIME_TYPE_MISMATCH", "labels.tier"],
      ["MISSING_REQUIRED_FIELD", "labels"],
    ]);
  });

  it("follows $ref into $defs, for reused and recursive schemas", () => {
    const Connection = z
      .object({ host: z.string(), port: z.number().int().default(5432) })
      .meta({ id: "Connection" });
    type Node = { name: string; children?: Node[] };
    const TreeNode: z.ZodType<Node> = z.lazy(() =>
      z.object({ name: z.string(), children: z.array(TreeNode).optional() }),
    );
    const schema = toSchema(
      z.object({ primary: Connection, replica: Connection.optional(), tree: TreeNode }),
    );
    expect(schema.$defs).toBeDefined();
    const errors = validateRunConfig(
      { primary: { host: 1 }, replica: {}, tree: { name: "a", children: [{ name: "b", children: [{}] }] } },
      schema,
    );
    expect(errors.map((error) => [error.reason, error.path.join(".")])).toEqual([
      ["RUNTIME_TYPE_MISMATCH", "primary.host"],
      ["MISSING_REQUIRED_FIELD", "replica"],
      ["MISSING_REQUIRED_FIELD", "tree.children.0.children.0"],
    ]);
  });

  it("throws INVALID_DEFINITION for a schema whose $ref leads nowhere", () => {
    const broken = { type: "object", properties: { a: { $ref: "#/$defs/Missing" } }, required: ["a"] };
    expect(() => validateRunConfig({ a: 1 }, broken)).toThrow(DagflareError);
    expect(() => validateRunConfig({ a: 1 }, broken)).toThrow(
      'Invalid run config schema: $ref "#/$defs/Missing" does not resolve to a schema.',
    );
  });
});
