/**
 * Reads a run config JSON Schema (the subset zod 4's `z.toJSONSchema` emits) as the config model Dagster
 * reasons in: scalars, enums, nullables, arrays, shapes (objects with known fields), maps (records),
 * selectors (exactly one of several keys) and other unions. Every other module of run-config walks
 * schemas through this one, so `$ref`, `allOf` and zod's two output modes are handled in one place.
 *
 * Reading rules, and why:
 * - A field is required (Dagster's `isRequired`) when it is listed in `required`, has no `default`, and is
 *   not a shape whose entries are all optional. zod's default "output" mode lists defaulted fields as
 *   required; Dagster infers such all-optional shapes to be optional with an implicit `{}` default.
 * - An object with `properties` and no `additionalProperties` is closed: zod's "input" mode omits
 *   `additionalProperties` for plain `z.object`, which strips unknown keys, so a typo would otherwise be
 *   dropped silently. `additionalProperties: {}` (z.looseObject) opens it, a schema types the extras.
 * - An object without `properties` is a map (z.record); `propertyNames` types its keys.
 * - A union of two or more closed single-field shapes whose field must be given is a selector (how
 *   zod spells Dagster's `Selector`, e.g. `execution.config: { in_process: {} } | { multi: {...} }`).
 * - `anyOf` with `{ type: "null" }` (or `type: [T, "null"]`) is nullable; unions of literals are enums.
 * @module
 */
import type { JsonSchema } from "../protocol/code-location-protocol";
import { DagflareError } from "../errors/dagflare-error";
import { isPlainObject } from "./json-value";

export type ScalarName = "String" | "Int" | "Float" | "Bool";

export type ConfigField = {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly description: string | undefined;
  /** Dagster's isRequired: the entry must be given. */
  readonly isRequired: boolean;
  /** The schema's own `default`. */
  readonly explicitDefault: { readonly value: unknown } | undefined;
  /** An all-optional shape listed as required: when absent it is filled with `{}` and its defaults. */
  readonly implicitDefault: boolean;
};

export type ConfigView =
  | { readonly kind: "any" }
  | { readonly kind: "scalar"; readonly scalar: ScalarName }
  | { readonly kind: "enum"; readonly values: readonly unknown[] }
  | { readonly kind: "nullable"; readonly inner: JsonSchema }
  | {
      readonly kind: "array";
      readonly prefixItems: readonly JsonSchema[];
      readonly items: JsonSchema | false;
    }
  /** `extra` is undefined when the shape is closed, else the schema every undeclared entry must match. */
  | {
      readonly kind: "shape";
      readonly fields: readonly ConfigField[];
      readonly extra: JsonSchema | undefined;
    }
  | {
      readonly kind: "map";
      readonly keys: JsonSchema;
      readonly values: JsonSchema;
      readonly required: readonly string[];
    }
  | { readonly kind: "selector"; readonly fields: readonly ConfigField[] }
  | { readonly kind: "union"; readonly options: readonly JsonSchema[] };

const SCALARS: Readonly<Record<string, ScalarName>> = {
  string: "String",
  integer: "Int",
  number: "Float",
  boolean: "Bool",
};
const MAX_REF_HOPS = 64;

/** Shapes and selectors: the config types Dagster says "have fields". */
export function takesFields(view: ConfigView): boolean {
  return view.kind === "shape" || view.kind === "selector";
}

/** A schema node from anywhere a schema may sit; JSON Schema's boolean `true` (and absence) mean "anything". */
export function asSchema(node: unknown): JsonSchema {
  return isPlainObject(node) ? node : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/**
 * Views schema nodes of one root schema. Results are cached per node, so one reader should be reused for
 * one schema. Throws DagflareError("INVALID_DEFINITION") when a `$ref` cannot be resolved.
 */
export class SchemaReader {
  readonly #root: JsonSchema;
  readonly #resolved = new WeakMap<object, JsonSchema>();
  readonly #views = new WeakMap<object, ConfigView>();
  /** Targets whose all-optional check is under way: a recursive schema answers "no" on re-entry. */
  readonly #checking = new WeakSet<object>();

  constructor(root: JsonSchema) {
    this.#root = root;
  }

  /** The node with `$ref`s followed (siblings such as `default` and `description` win) and `allOf` merged. */
  resolve(node: unknown): JsonSchema {
    const schema = asSchema(node);
    const cached = this.#resolved.get(schema);
    if (cached) return cached;
    let result = schema;
    for (let hops = 0; typeof result.$ref === "string"; hops += 1) {
      if (hops === MAX_REF_HOPS) throw this.#invalid(`$ref "${result.$ref}" never reaches a schema`);
      const { $ref, ...siblings } = result;
      const target = this.#lookup(String($ref));
      result = Object.keys(siblings).length === 0 ? target : { ...target, ...siblings };
    }
    if (Array.isArray(result.allOf)) result = this.#mergeAllOf(result, result.allOf);
    this.#resolved.set(schema, result);
    return result;
  }

  view(node: unknown): ConfigView {
    const schema = asSchema(node);
    const cached = this.#views.get(schema);
    if (cached) return cached;
    const view = this.#read(this.resolve(schema));
    this.#views.set(schema, view);
    return view;
  }

  #read(schema: JsonSchema): ConfigView {
    if (Object.hasOwn(schema, "const")) return { kind: "enum", values: [schema.const] };
    if (Array.isArray(schema.enum)) return { kind: "enum", values: schema.enum };
    const options = Array.isArray(schema.anyOf)
      ? schema.anyOf
      : Array.isArray(schema.oneOf)
        ? schema.oneOf
        : undefined;
    if (options) return this.#readUnion(options.map(asSchema));
    if (Array.isArray(schema.type))
      return this.#readUnion(schema.type.map((type: unknown) => ({ ...schema, type })));
    if (schema.type === "null") return { kind: "enum", values: [null] };
    if (schema.type === "object") return this.#readObject(schema);
    if (schema.type === "array") {
      const prefixItems = Array.isArray(schema.prefixItems) ? schema.prefixItems.map(asSchema) : [];
      return { kind: "array", prefixItems, items: schema.items === false ? false : asSchema(schema.items) };
    }
    const scalar = typeof schema.type === "string" ? SCALARS[schema.type] : undefined;
    return scalar ? { kind: "scalar", scalar } : { kind: "any" };
  }

  #readUnion(options: JsonSchema[]): ConfigView {
    const present = options.filter((option) => this.resolve(option).type !== "null");
    if (present.length < options.length) {
      const [only] = present;
      return { kind: "nullable", inner: present.length === 1 && only ? only : { anyOf: present } };
    }
    const [first] = options;
    if (options.length === 1 && first) return this.view(first);
    const views = options.map((option) => this.view(option));
    const values = views.flatMap((view) => (view.kind === "enum" ? view.values : []));
    if (views.every((view) => view.kind === "enum")) return { kind: "enum", values };
    const choices = views.map((view) =>
      view.kind === "shape" && view.extra === undefined && view.fields.length === 1
        ? view.fields[0]
        : undefined,
    );
    const names = new Set(choices.map((field) => field?.name));
    const isSelector =
      names.size === options.length &&
      choices.every((field) => field && (field.isRequired || field.implicitDefault));
    return isSelector
      ? { kind: "selector", fields: choices.filter((field) => field !== undefined) }
      : { kind: "union", options };
  }

  #readObject(schema: JsonSchema): ConfigView {
    const additional = schema.additionalProperties;
    if (!isPlainObject(schema.properties) && additional !== false) {
      return {
        kind: "map",
        keys: asSchema(schema.propertyNames),
        values: asSchema(additional),
        required: stringList(schema.required),
      };
    }
    const listed = new Set(stringList(schema.required));
    const fields = Object.entries(asSchema(schema.properties)).map(([name, node]) =>
      this.#field(name, node, listed.has(name)),
    );
    return {
      kind: "shape",
      fields,
      extra: additional === undefined || additional === false ? undefined : asSchema(additional),
    };
  }

  #field(name: string, node: unknown, listed: boolean): ConfigField {
    const resolved = this.resolve(node);
    const explicitDefault = Object.hasOwn(resolved, "default") ? { value: resolved.default } : undefined;
    const allOptional = listed && !explicitDefault && this.#isAllOptional(node);
    return {
      name,
      schema: asSchema(node),
      description: typeof resolved.description === "string" ? resolved.description : undefined,
      isRequired: listed && !explicitDefault && !allOptional,
      explicitDefault,
      implicitDefault: allOptional,
    };
  }

  #isAllOptional(node: unknown): boolean {
    const target = this.resolve(node);
    if (this.#checking.has(target)) return false;
    this.#checking.add(target);
    try {
      const view = this.view(node);
      return view.kind === "shape" && view.fields.every((field) => !field.isRequired);
    } finally {
      this.#checking.delete(target);
    }
  }

  #lookup(ref: string): JsonSchema {
    if (!ref.startsWith("#")) throw this.#invalid(`$ref "${ref}" points outside the schema`);
    let node: unknown = this.#root;
    for (const token of ref.slice(1).split("/").slice(1)) {
      const key = decodeURIComponent(token).replaceAll("~1", "/").replaceAll("~0", "~");
      node = isPlainObject(node) ? node[key] : undefined;
    }
    if (!isPlainObject(node)) throw this.#invalid(`$ref "${ref}" does not resolve to a schema`);
    return node;
  }

  /** zod emits `allOf` for intersections it cannot flatten (e.g. an object and a record): merge the members. */
  #mergeAllOf(schema: JsonSchema, allOf: unknown[]): JsonSchema {
    const { allOf: _members, ...own } = schema;
    const members = [own, ...allOf.map((member) => this.resolve(member))];
    const merged: JsonSchema = Object.assign({}, ...members);
    if (!members.some((member) => member.type === "object")) return merged;
    const open = members
      .map((member) => member.additionalProperties)
      .find((extra) => extra !== undefined && extra !== false);
    return {
      ...merged,
      properties: Object.assign({}, ...members.map((member) => asSchema(member.properties))),
      required: [...new Set(members.flatMap((member) => stringList(member.required)))],
      additionalProperties: open ?? false,
    };
  }

  #invalid(problem: string): DagflareError {
    return new DagflareError("INVALID_DEFINITION", `Invalid run config schema: ${problem}.`);
  }
}
