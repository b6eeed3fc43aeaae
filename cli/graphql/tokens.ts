/**
 * API tokens over GraphQL (admins only): create (the secret comes back this once), list, revoke.
 * @module
 */
import { ERROR_FIELDS, expectType, type GraphQLClient, type Typed } from "./client";

export const ROLES = ["viewer", "launcher", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type LocationRole = { locationName: string; role: string };

export type ApiToken = {
  id: string;
  name: string;
  role: string | null;
  locationRoles: LocationRole[];
  createdBy: string;
  createdAt: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
  status: string;
};

export type NewToken = {
  name: string;
  role: Role | undefined;
  locationRoles: { locationName: string; role: Role }[];
  /** Epoch seconds; undefined never expires. */
  expiresAt: number | undefined;
};

const TOKEN_FIELDS =
  "id name role locationRoles { locationName role } createdBy createdAt expiresAt lastUsedAt revokedAt status";

const toGraphQLRole = (role: Role) => role.toUpperCase();

export async function listTokens(client: GraphQLClient): Promise<ApiToken[]> {
  const data = await client.request<{ apiTokensOrError: Typed }>(
    `query CliApiTokens { apiTokensOrError { ${ERROR_FIELDS} ... on ApiTokens { tokens { ${TOKEN_FIELDS} } } } }`,
  );
  return expectType<Typed & { tokens: ApiToken[] }>(
    data.apiTokensOrError,
    ["ApiTokens"],
    "listing API tokens",
  ).tokens;
}

export async function createToken(
  client: GraphQLClient,
  request: NewToken,
): Promise<{ token: ApiToken; secret: string }> {
  const data = await client.request<{ createApiToken: Typed }>(
    `mutation CliCreateApiToken($name: String!, $role: DagflareRole, $locationRoles: [LocationRoleInput!], $expiresAt: Float) {
      createApiToken(name: $name, role: $role, locationRoles: $locationRoles, expiresAt: $expiresAt) {
        ${ERROR_FIELDS} ... on CreatedApiToken { secret token { ${TOKEN_FIELDS} } }
      }
    }`,
    {
      name: request.name,
      role: request.role && toGraphQLRole(request.role),
      locationRoles: request.locationRoles.map(({ locationName, role }) => ({
        locationName,
        role: toGraphQLRole(role),
      })),
      expiresAt: request.expiresAt,
    },
  );
  return expectType<Typed & { token: ApiToken; secret: string }>(
    data.createApiToken,
    ["CreatedApiToken"],
    `creating API token ${request.name}`,
  );
}

export async function revokeToken(client: GraphQLClient, id: string, label: string): Promise<ApiToken> {
  const data = await client.request<{ revokeApiToken: Typed }>(
    `mutation CliRevokeApiToken($id: String!) { revokeApiToken(id: $id) { ${ERROR_FIELDS} ... on RevokedApiToken { token { ${TOKEN_FIELDS} } } } }`,
    { id },
  );
  return expectType<Typed & { token: ApiToken }>(
    data.revokeApiToken,
    ["RevokedApiToken"],
    `revoking API token ${label}`,
  ).token;
}
