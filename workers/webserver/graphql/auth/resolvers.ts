/**
 * Access control over GraphQL: the operations in shared/operations/api-tokens.ts and the caller's own
 * identity. A refusal (FORBIDDEN) answers the in-band UnauthorizedError member (errors/unauthorized.ts).
 * @module
 */
import { dagsterPermissions } from "../../../../shared/auth/dagster-permissions";
import { callerGrants } from "../../../../shared/auth/caller";
import type { Role } from "../../../../shared/auth/roles";
import { requirePermission } from "../../../../shared/operations/authorize";
import {
  createApiToken,
  listApiTokens,
  readAuditLog,
  revokeApiToken,
} from "../../../../shared/operations/api-tokens";
import { nowSeconds } from "../../../../shared/instance/instance";
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import type {
  DagflareRole,
  LocationRoleInput,
  Resolvers,
  SignInMethod,
} from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import { orRefusal } from "../errors/unauthorized";

const toGraphQLRole = (role: Role | null | undefined): DagflareRole | null =>
  role ? (role.toUpperCase() as DagflareRole) : null;
const fromGraphQLRole = (role: DagflareRole): Role => role.toLowerCase() as Role;

const locationRoleList = (roles: Readonly<Record<string, Role>>) =>
  Object.entries(roles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locationName, role]) => ({ locationName, role: toGraphQLRole(role) as DagflareRole }));

function locationRoleRecord(inputs: readonly LocationRoleInput[] | null | undefined): Record<string, Role> {
  const roles: Record<string, Role> = {};
  for (const [index, { locationName, role }] of (inputs ?? []).entries()) {
    if (locationName in roles)
      throw new DagflareError(
        "BAD_REQUEST",
        `locationRoles[${index}]: location ${locationName} is listed twice`,
      );
    roles[locationName] = fromGraphQLRole(role);
  }
  return roles;
}

const METHODS: Record<string, SignInMethod> = {
  local: "LOCAL",
  token: "TOKEN",
  access: "ACCESS",
  admin_token: "ADMIN_TOKEN",
};

function viewer(context: GraphQLContext) {
  const { caller } = context;
  const auth = context.instance.config.auth;
  const grants = callerGrants(caller);
  return {
    principal: caller.kind === "user" ? caller.principal : "local",
    method: METHODS[caller.kind === "user" ? caller.method : "local"] ?? "LOCAL",
    role: toGraphQLRole(grants.role),
    locationRoles: locationRoleList(grants.locationRoles),
    signInRequired: auth !== undefined && !auth.public,
    tokensEnabled: auth !== undefined && !auth.public && auth.tokens.enabled,
    permissions: dagsterPermissions(caller),
  };
}

export const resolvers: Resolvers = {
  Query: {
    dagflareViewer: (_, __, context) => viewer(context),
    apiTokensOrError: (_, __, context) =>
      orRefusal(async () => ({
        __typename: "ApiTokens" as const,
        tokens: await listApiTokens(context.instance, context.caller),
      })),
    roleGrantsOrError: (_, __, context) =>
      orRefusal(async () => {
        requirePermission(context.caller, "manage_grants");
        const auth = context.instance.config.auth;
        return {
          __typename: "RoleGrants" as const,
          defaultRole: toGraphQLRole(auth?.defaultRole),
          grants: (auth?.grants ?? []).map((grant) => ({
            email: grant.email ?? null,
            group: grant.group ?? null,
            role: toGraphQLRole(grant.role),
            locationRoles: locationRoleList(grant.locations),
          })),
        };
      }),
    auditLogOrError: (_, { filter, cursor, limit }, context) =>
      orRefusal(async () => {
        const entries = await readAuditLog(
          context.instance,
          {
            ...(filter?.principal ? { principal: filter.principal } : {}),
            ...(filter?.action ? { action: filter.action } : {}),
            ...(typeof filter?.allowed === "boolean" ? { allowed: filter.allowed } : {}),
            ...(filter?.locationName ? { locationName: filter.locationName } : {}),
          },
          { limit: limit ?? 50, cursor: parseCursor(cursor) },
          context.caller,
        );
        const pageSize = limit ?? 50;
        return {
          __typename: "AuditLog" as const,
          entries: entries.map((entry) => ({ ...entry, id: String(entry.id) })),
          cursor: entries.length === pageSize ? String(entries.at(-1)?.id) : null,
        };
      }),
  },
  Mutation: {
    createApiToken: (_, { name, role, locationRoles, expiresAt }, context) =>
      orRefusal(async () => {
        const created = await createApiToken(
          context.instance,
          {
            name,
            role: role ? fromGraphQLRole(role) : null,
            locationRoles: locationRoleRecord(locationRoles),
            expiresAt: expiresAt ?? null,
          },
          nowSeconds(),
          context.caller,
        );
        return { __typename: "CreatedApiToken" as const, ...created };
      }),
    revokeApiToken: (_, { id }, context) =>
      orRefusal(async () => {
        const outcome = await revokeApiToken(context.instance, id, nowSeconds(), context.caller);
        if (outcome.kind === "not_found")
          return { __typename: "ApiTokenNotFoundError" as const, id, message: outcome.message };
        return { __typename: "RevokedApiToken" as const, token: outcome.token };
      }),
  },
  ApiToken: {
    role: (token) => toGraphQLRole(token.role),
    locationRoles: (token) => locationRoleList(token.locationRoles),
    status: (token) =>
      token.revokedAt !== null
        ? "REVOKED"
        : token.expiresAt !== null && token.expiresAt <= nowSeconds()
          ? "EXPIRED"
          : "ACTIVE",
  },
};

function parseCursor(cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined) return null;
  if (!/^\d+$/.test(cursor))
    throw new DagflareError(
      "BAD_REQUEST",
      `cursor must be the cursor a previous page returned, got ${JSON.stringify(cursor)}`,
    );
  return Number(cursor);
}
