/**
 * A union's members read as one record: the fields every member has keep their type, the fields only some
 * members have become optional (with the union of their types). For views that show an event or a result
 * field by field, reading `event.error` without first telling the event's member apart.
 * @module
 */
type KeysOfMembers<T> = T extends unknown ? keyof T : never;
type FieldOfMembers<T, K extends PropertyKey> = T extends { readonly [key in K]?: infer V } ? V : never;

export type MergedMembers<T> = { readonly [K in keyof T]: T[K] } & {
  readonly [K in Exclude<KeysOfMembers<T>, keyof T>]?: FieldOfMembers<T, K>;
};
