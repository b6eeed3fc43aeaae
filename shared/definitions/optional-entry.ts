/**
 * Builds objects without undefined-valued keys, which JSON drops but RPC keeps, so both transports
 * carry the same shape.
 * @module
 */

/** `{ [key]: value }`, or nothing when the value is undefined, so snapshots carry no undefined keys. */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
