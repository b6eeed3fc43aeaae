/**
 * Human-readable type names for zod schemas, in Dagster's vocabulary (String, Int, Float, Bool, Any),
 * shown in the UI beside inputs and outputs.
 * @module
 */
import { z } from "zod";

const INT_FORMATS = new Set(["int32", "uint32", "safeint", "int64", "uint64"]);

/** e.g. "String", "Int", "Array<String>", "Optional<Float>", "Object", "Any". */
export function typeName(schema: z.core.$ZodType): string {
  if (schema instanceof z.ZodString) return "String";
  if (schema instanceof z.ZodNumber)
    return schema.format !== null && INT_FORMATS.has(schema.format) ? "Int" : "Float";
  if (schema instanceof z.ZodBoolean) return "Bool";
  if (schema instanceof z.ZodArray) return `Array<${typeName(schema.element)}>`;
  if (schema instanceof z.ZodOptional) return `Optional<${typeName(schema.unwrap())}>`;
  if (schema instanceof z.ZodNullable) return `Nullable<${typeName(schema.unwrap())}>`;
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodReadonly || schema instanceof z.ZodCatch)
    return typeName(schema.unwrap());
  if (schema instanceof z.ZodPipe) return typeName(schema.in);
  if (schema instanceof z.ZodRecord) return `Record<${typeName(schema.valueType)}>`;
  if (schema instanceof z.ZodUnion) return schema.options.map(typeName).join(" | ");
  if (schema instanceof z.ZodObject) return "Object";
  if (schema instanceof z.ZodEnum) return "Enum";
  if (schema instanceof z.ZodLiteral) return "Literal";
  if (schema instanceof z.ZodDate) return "Date";
  if (schema instanceof z.ZodNull) return "Null";
  if (schema instanceof z.ZodBigInt) return "BigInt";
  if (schema instanceof z.ZodUndefined || schema instanceof z.ZodVoid) return "Nothing";
  return "Any";
}
