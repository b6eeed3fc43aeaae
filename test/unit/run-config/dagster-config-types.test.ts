import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  toDagsterConfigTypes,
  type DagsterConfigType,
} from "../../../shared/run-config/dagster-config-types";
import { validateRunConfig } from "../../../shared/run-config/validate-run-config";
import { ExtractConfig, jobSchema, toSchema } from "./job-schemas";

const { rootKey, types } = toDagsterConfigTypes(jobSchema);
const byKey = new Map(types.map((type) => [type.key, type]));

function typeOf(key: string | undefined): DagsterConfigType {
  const type = key === undefined ? undefined : byKey.get(key);
  if (!type) throw new Error(`no config type ${key}`);
  return type;
}

/** The type reached from the root through these field names. */
function typeAt(...names: string[]): DagsterConfigType {
  return names.reduce((type, name) => {
    const field = type.fields?.find((candidate) => candidate.name === name);
    if (!field) throw new Error(`${type.key} has no field ${name}`);
    return typeOf(field.configTypeKey);
  }, typeOf(rootKey));
}

function fieldAt(names: string[], name: string) {
  const field = typeAt(...names).fields?.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
}

describe("toDagsterConfigTypes", () => {
  it("makes the root a composite of ops, resources and execution, with Dagster's required and default semantics", () => {
    const root = typeOf(rootKey);
    expect(root).toMatchObject({ kind: "COMPOSITE", isSelector: false, typeParamKeys: [] });
    expect(root.key).toMatch(/^Shape\.[0-9a-f]{16}$/);
    expect(
      root.fields?.map(({ name, isRequired, defaultValueAsJson }) => ({
        name,
        isRequired,
        defaultValueAsJson,
      })),
    ).toEqual([
      { name: "execution", isRequired: false, defaultValueAsJson: '{"config":{"in_process":{}}}' },
      { name: "ops", isRequired: true, defaultValueAsJson: null },
      { name: "resources", isRequired: false, defaultValueAsJson: null },
    ]);
  });

  it("describes an op's config: scalars, defaults, descriptions, nested composite, array, enum, nullable, map", () => {
    const config = typeAt("ops", "extract", "config");
    expect(config.kind).toBe("COMPOSITE");
    expect(config.fields).toEqual([
      {
        name: "headers",
        description: null,
        isRequired: false,
        defaultValueAsJson: null,
        configTypeKey: "Map.String.String",
      },
      { name: "limit", description: null, isRequired: false, defaultValueAsJson: "10", configTypeKey: "Int" },
      {
        name: "mode",
        description: null,
        isRequired: false,
        defaultValueAsJson: '"fast"',
        configTypeKey: expect.stringMatching(/^Enum\./),
      },
      {
        name: "options",
        description: null,
        isRequired: false,
        defaultValueAsJson: '{"depth":2}',
        configTypeKey: expect.stringMatching(/^Shape\./),
      },
      {
        name: "proxy",
        description: null,
        isRequired: false,
        defaultValueAsJson: "null",
        configTypeKey: "Noneable.String",
      },
      {
        name: "ratio",
        description: null,
        isRequired: false,
        defaultValueAsJson: null,
        configTypeKey: "Float",
      },
      {
        name: "source_url",
        description: "Where to fetch the data from",
        isRequired: true,
        defaultValueAsJson: null,
        configTypeKey: "String",
      },
      {
        name: "tags",
        description: null,
        isRequired: false,
        defaultValueAsJson: "[]",
        configTypeKey: "Array.String",
      },
      {
        name: "verbose",
        description: null,
        isRequired: false,
        defaultValueAsJson: "false",
        configTypeKey: "Bool",
      },
    ]);
    expect(typeAt("ops", "extract", "config", "mode")).toMatchObject({
      kind: "ENUM",
      values: ["fast", "slow"],
      givenName: '"fast" | "slow"',
    });
    expect(typeAt("ops", "extract", "config", "options").fields?.map((field) => field.configTypeKey)).toEqual(
      ["Int", "Bool"],
    );
    expect(typeOf("Array.String")).toMatchObject({
      kind: "ARRAY",
      ofTypeKey: "String",
      typeParamKeys: ["String"],
    });
    expect(typeOf("Noneable.String")).toMatchObject({
      kind: "NULLABLE",
      ofTypeKey: "String",
      typeParamKeys: ["String"],
    });
    expect(typeOf("Map.String.String")).toMatchObject({
      kind: "MAP",
      keyTypeKey: "String",
      ofTypeKey: "String",
      typeParamKeys: ["String", "String"],
    });
    expect(typeOf("String")).toEqual({
      key: "String",
      kind: "REGULAR",
      givenName: "String",
      description: null,
      isSelector: false,
      typeParamKeys: [],
    });
  });

  it("makes the executor choice a selector whose options default to their filled-in config", () => {
    const selector = typeAt("execution", "config");
    expect(selector).toMatchObject({ kind: "SELECTOR", isSelector: true });
    expect(selector.key).toMatch(/^Selector\.[0-9a-f]{16}$/);
    expect(
      selector.fields?.map(({ name, isRequired, defaultValueAsJson }) => [
        name,
        isRequired,
        defaultValueAsJson,
      ]),
    ).toEqual([
      ["in_process", false, "{}"],
      ["multi", false, "{}"],
    ]);
    expect(typeAt("execution", "config", "multi").fields).toEqual([
      {
        name: "max_concurrent",
        description: null,
        isRequired: false,
        defaultValueAsJson: null,
        configTypeKey: "Int",
      },
    ]);
  });

  it("types a list of objects, a scalar-or-object union, and unions Dagster cannot express as Any", () => {
    const columns = typeAt("ops", "load", "config", "columns");
    expect(columns).toMatchObject({ kind: "ARRAY" });
    expect(
      typeOf(columns.ofTypeKey).fields?.map((field) => [field.name, typeOf(field.configTypeKey).kind]),
    ).toEqual([
      ["name", "REGULAR"],
      ["type", "ENUM"],
    ]);
    const source = typeAt("ops", "load", "config", "source");
    expect(source).toMatchObject({ kind: "SCALAR_UNION", scalarTypeKey: "String" });
    expect(source.typeParamKeys).toEqual(["String", source.nonScalarTypeKey]);
    expect(typeOf(source.nonScalarTypeKey).fields?.map((field) => field.name)).toEqual(["path"]);
    expect(fieldAt(["ops", "load", "config"], "auth").configTypeKey).toBe("Any");
  });

  it("lists each type once and every key it refers to", () => {
    expect(new Set(types.map((type) => type.key)).size).toBe(types.length);
    const referenced = types.flatMap((type) => [
      ...type.typeParamKeys,
      ...(type.fields ?? []).map((field) => field.configTypeKey),
    ]);
    for (const key of [rootKey, ...referenced]) expect(byKey.has(key), key).toBe(true);
    expect(types.map((type) => type.key)).toEqual([...types.map((type) => type.key)].sort());
  });

  it("is deterministic: the same schema gives the same keys, equal shapes share one, a changed default moves it", () => {
    expect(toDagsterConfigTypes(toSchema(z.strictObject({ a: ExtractConfig })))).toEqual(
      toDagsterConfigTypes(toSchema(z.strictObject({ a: ExtractConfig }))),
    );
    const twoOps = toDagsterConfigTypes(toSchema(z.strictObject({ a: ExtractConfig, b: ExtractConfig })));
    const [a, b] = (twoOps.types.find((type) => type.key === twoOps.rootKey)?.fields ?? []).map(
      (field) => field.configTypeKey,
    );
    expect(a).toBe(b);
    expect(a).toBe(fieldAt(["ops", "extract"], "config").configTypeKey);
    const changed = toDagsterConfigTypes(
      toSchema(z.strictObject({ a: ExtractConfig.extend({ limit: z.number().int().min(1).default(20) }) })),
    );
    const changedKey = changed.types.find((type) => type.key === changed.rootKey)?.fields?.[0]?.configTypeKey;
    expect(changedKey).toMatch(/^Shape\./);
    expect(changedKey).not.toBe(a);
  });

  it("marks open objects Permissive and cuts recursive schemas at Any", () => {
    type Node = { name: string; children?: Node[] };
    const TreeNode: z.ZodType<Node> = z.lazy(() =>
      z.object({ name: z.string(), children: z.array(TreeNode).optional() }),
    );
    const result = toDagsterConfigTypes(
      toSchema(z.object({ loose: z.looseObject({ a: z.string() }), tree: TreeNode })),
    );
    const root = result.types.find((type) => type.key === result.rootKey);
    const [loose, tree] = (root?.fields ?? []).map((field) =>
      result.types.find((type) => type.key === field.configTypeKey),
    );
    expect(loose?.key).toMatch(/^Permissive\./);
    expect(tree?.fields?.find((field) => field.name === "children")?.configTypeKey).toBe("Array.Any");
  });

  it("agrees with validation errors: a missing field's configTypeKey is a key of the same schema's types", () => {
    const [error] = validateRunConfig(
      { ops: { extract: { config: { source_url: "s" } }, load: { config: { table: "t" } } } },
      jobSchema,
    );
    expect(error?.reason).toBe("MISSING_REQUIRED_FIELD");
    const key = error?.reason === "MISSING_REQUIRED_FIELD" ? error.field.configTypeKey : undefined;
    expect(key).toBe(fieldAt(["ops", "load", "config"], "columns").configTypeKey);
  });
});
