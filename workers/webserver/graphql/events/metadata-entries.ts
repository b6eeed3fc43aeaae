/**
 * Metadata values (from ops, materializations, engine events) as Dagster's typed MetadataEntry members.
 * @module
 */
export function presentMetadataEntries(metadata: Record<string, unknown>) {
  return Object.entries(metadata).map(([label, value]) => ({ label, description: null, ...entryFor(value) }));
}

function entryFor(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return { __typename: "NullMetadataEntry" };
  if (typeof value === "boolean") return { __typename: "BoolMetadataEntry", boolValue: value };
  if (typeof value === "number") {
    return Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1
      ? { __typename: "IntMetadataEntry", intValue: value, intRepr: String(value) }
      : { __typename: "FloatMetadataEntry", floatValue: value };
  }
  if (typeof value === "string") {
    return /^https?:\/\//.test(value) ? { __typename: "UrlMetadataEntry", url: value } : { __typename: "TextMetadataEntry", text: value };
  }
  return { __typename: "JsonMetadataEntry", jsonString: JSON.stringify(value) };
}
