/**
 * Metadata values (from ops, materializations, engine events) as Dagster's typed MetadataEntry members.
 * @module
 */
import type { ResolversInterfaceTypes, ResolversParentTypes } from "../__generated__/resolvers-types";

type MetadataEntryModel = ResolversInterfaceTypes<ResolversParentTypes>["MetadataEntry"];

export function presentMetadataEntries(metadata: Record<string, unknown>): MetadataEntryModel[] {
  return Object.entries(metadata).map(([label, value]) => entryFor(label, value));
}

function entryFor(label: string, value: unknown): MetadataEntryModel {
  const base = { label, description: null };
  if (value === null || value === undefined) return { ...base, __typename: "NullMetadataEntry" };
  if (typeof value === "boolean") return { ...base, __typename: "BoolMetadataEntry", boolValue: value };
  if (typeof value === "number") {
    return Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1
      ? { ...base, __typename: "IntMetadataEntry", intValue: value, intRepr: String(value) }
      : { ...base, __typename: "FloatMetadataEntry", floatValue: value };
  }
  if (typeof value === "string") {
    return /^https?:\/\//.test(value)
      ? { ...base, __typename: "UrlMetadataEntry", url: value }
      : { ...base, __typename: "TextMetadataEntry", text: value };
  }
  return { ...base, __typename: "JsonMetadataEntry", jsonString: JSON.stringify(value) };
}
