/**
 * The launchpad's two config fixes, as Dagster's are: "Scaffold missing config" adds each field that
 * validation reported missing, taken with its placeholder and explanatory comment from the server's
 * scaffold (`rootDefaultYaml`); "Remove extra config" deletes each field it reported unexpected. Both
 * edit the user's YAML document in place, so the rest of the text and its comments stay as written.
 * @module
 */
import { isMap, isScalar, parseDocument, YAMLMap, type Document, type Pair } from "yaml";
import type { ConfigError } from "./launchpad-query";

/** Field names an error reports missing (MissingField / MissingFields errors). */
export function missingFields(error: ConfigError): string[] {
  return error.fields?.map((field) => field.name) ?? (error.field ? [error.field.name] : []);
}

/** Field names an error reports unexpected (FieldNotDefined / FieldsNotDefined errors). */
export function extraFields(error: ConfigError): string[] {
  return [...(error.fieldNames ?? []), ...(error.fieldName ? [error.fieldName] : [])];
}

/** `text` with every missing field the scaffold has added where validation said it was missing. */
export function addMissingConfig(text: string, scaffoldYaml: string, errors: readonly ConfigError[]): string {
  const document = parseDocument(text);
  const scaffold = parseDocument(scaffoldYaml);
  for (const error of errors) {
    for (const name of missingFields(error)) {
      const source = scaffoldEntry(scaffold.getIn(error.path, true), name);
      if (!source) continue;
      const target = mappingAt(document, error.path);
      if (!findPair(target, name)) target.items.push(source);
    }
  }
  return document.toString();
}

/** `text` without the fields validation reported as unexpected. */
export function removeExtraConfig(text: string, errors: readonly ConfigError[]): string {
  const document = parseDocument(text);
  for (const error of errors) for (const name of extraFields(error)) document.deleteIn([...error.path, name]);
  return document.toString();
}

/**
 * A copy of the scaffold's entry `name` with the comment explaining it. yaml keeps a comment above a
 * mapping's first entry on the mapping itself, so it is looked for there too.
 */
function scaffoldEntry(parent: unknown, name: string): Pair<unknown, unknown> | undefined {
  const pair = findPair(parent, name);
  if (!pair || !isMap(parent) || !isScalar(pair.key)) return undefined;
  const copy = pair.clone() as Pair<unknown, unknown>;
  const comment = pair.key.commentBefore ?? (parent.items[0] === pair ? parent.commentBefore : undefined);
  if (comment && isScalar(copy.key)) copy.key.commentBefore = comment;
  return copy;
}

function findPair(node: unknown, name: string): Pair | undefined {
  return isMap(node)
    ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === name)
    : undefined;
}

/** The mapping at `path`, created (replacing an empty value such as `config:`) when it is not one yet. */
function mappingAt(document: Document, path: readonly string[]): YAMLMap {
  const existing = path.length === 0 ? document.contents : document.getIn(path, true);
  if (isMap(existing)) return existing;
  const created = new YAMLMap();
  if (path.length === 0) document.contents = created;
  else document.setIn(path, created);
  return created;
}
