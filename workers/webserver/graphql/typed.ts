/**
 * A GraphQL object as a member of a union or interface: its `__typename` is required (and checked against
 * the SDL's type name, since the generated types declare it as that literal).
 * @module
 */
export type Typed<T extends { __typename?: string }, Name extends NonNullable<T["__typename"]>> = Omit<
  T,
  "__typename"
> & { __typename: Name };

/** Tags a domain record with the GraphQL type it is resolved as, for a union or interface field. */
export function typed<Name extends string, T extends object>(
  __typename: Name,
  record: T,
): T & { __typename: Name } {
  return { ...record, __typename };
}
