/**
 * A config schema rendered for reading: every field with its type, whether it is required or its default,
 * and its description, nested shapes indented (selectors say "one of"). Used by the op details panel and
 * the launchpad's config reference.
 * @module
 */
import {
  isShape,
  printConfigType,
  typeParam,
  type ConfigType,
  type ConfigTypeField,
  type ConfigTypeLookup,
} from "./config-types";
import ui from "./ui.module.css";
import styles from "./config-schema-view.module.css";

/** Deeper shapes are summarised inline; a schema this deep is unreadable anyway. */
const MAX_DEPTH = 6;

export function ConfigSchemaView({ typeKey, lookup }: { typeKey: string; lookup: ConfigTypeLookup }) {
  const type = lookup.get(typeKey);
  if (!isShape(type))
    return <code className={styles.configInlineType}>{printConfigType(typeKey, lookup)}</code>;
  if (type.fields.length === 0)
    return <span className={`${ui.muted} ${styles.muted}`}>No config fields.</span>;
  return <FieldList type={type} lookup={lookup} depth={0} />;
}

function FieldList({
  type,
  lookup,
  depth,
}: {
  type: ConfigType & { fields: readonly ConfigTypeField[] };
  lookup: ConfigTypeLookup;
  depth: number;
}) {
  return (
    <>
      {type.isSelector ? <div className={styles.configSelectorNote}>one of:</div> : null}
      <ul className={styles.configFields}>
        {type.fields.map((field) => (
          <FieldRow
            key={field.name}
            field={field}
            lookup={lookup}
            depth={depth}
            inSelector={type.isSelector}
          />
        ))}
      </ul>
    </>
  );
}

function FieldRow({
  field,
  lookup,
  depth,
  inSelector,
}: {
  field: ConfigTypeField;
  lookup: ConfigTypeLookup;
  depth: number;
  inSelector: boolean;
}) {
  const nested = nestedShape(lookup.get(field.configTypeKey), lookup);
  const expand = nested !== undefined && nested.shape.fields.length > 0 && depth < MAX_DEPTH;
  return (
    <li className={styles.configField}>
      <div className={styles.configFieldHead}>
        <code className={styles.configFieldName}>{field.name}</code>
        <code className={styles.configInlineType}>
          {expand ? nested.label : printConfigType(field.configTypeKey, lookup)}
        </code>
        {inSelector ? null : field.isRequired ? (
          <span className={styles.configRequired}>required</span>
        ) : field.defaultValueAsJson !== null && field.defaultValueAsJson !== "{}" ? (
          <span className={`${ui.muted} ${styles.muted}`}>default {field.defaultValueAsJson}</span>
        ) : (
          <span className={`${ui.muted} ${styles.muted}`}>optional</span>
        )}
      </div>
      {field.description ? <div className={styles.configFieldDescription}>{field.description}</div> : null}
      {expand ? <FieldList type={nested.shape} lookup={lookup} depth={depth + 1} /> : null}
    </li>
  );
}

/** The shape a field holds directly, or through an array / nullable, with how to label that wrapping. */
function nestedShape(
  type: ConfigType | undefined,
  lookup: ConfigTypeLookup,
): { shape: ConfigType & { fields: readonly ConfigTypeField[] }; label: string } | undefined {
  if (!type) return undefined;
  if (isShape(type)) return { shape: type, label: type.isSelector ? "selector" : "shape" };
  if (type.__typename === "ArrayConfigType" || type.__typename === "NullableConfigType") {
    const inner = typeParam(type, 0, lookup);
    if (!isShape(inner)) return undefined;
    const label = inner.isSelector ? "selector" : "shape";
    return { shape: inner, label: type.__typename === "ArrayConfigType" ? `[${label}]` : `${label}?` };
  }
  return undefined;
}
