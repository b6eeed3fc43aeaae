/**
 * Access control over GraphQL (Dagflare's own, as Dagster OSS has none): who the caller is, API tokens
 * (created with the secret shown once, listed, revoked), the role grants in config, and the audit log.
 * Everything but `dagflareViewer` needs the admin role.
 * @module
 */
export const typeDefs = /* GraphQL */ `
  enum DagflareRole {
    VIEWER
    LAUNCHER
    EDITOR
    ADMIN
  }

  enum SignInMethod {
    LOCAL
    TOKEN
    ACCESS
    ADMIN_TOKEN
  }

  type LocationRole {
    locationName: String!
    role: DagflareRole!
  }

  input LocationRoleInput {
    locationName: String!
    role: DagflareRole!
  }

  "Who the request comes from, and what they may do."
  type DagflareViewer {
    principal: String!
    method: SignInMethod!
    role: DagflareRole
    locationRoles: [LocationRole!]!
    "Whether this deployment asks for sign-in (false on localhost with no auth config, or with auth.public)."
    signInRequired: Boolean!
    "Whether API tokens are accepted (the UI offers to paste one)."
    tokensEnabled: Boolean!
    permissions: [Permission!]!
  }

  enum ApiTokenStatus {
    ACTIVE
    EXPIRED
    REVOKED
  }

  type ApiToken {
    id: String!
    name: String!
    role: DagflareRole
    locationRoles: [LocationRole!]!
    createdBy: String!
    createdAt: Float!
    expiresAt: Float
    lastUsedAt: Float
    revokedAt: Float
    status: ApiTokenStatus!
  }

  type ApiTokens {
    tokens: [ApiToken!]!
  }

  union ApiTokensOrError = ApiTokens | UnauthorizedError | PythonError

  "A new token and its secret, shown this once: only its hash is kept."
  type CreatedApiToken {
    token: ApiToken!
    secret: String!
  }

  union CreateApiTokenResult = CreatedApiToken | UnauthorizedError | PythonError

  type RevokedApiToken {
    token: ApiToken!
  }

  type ApiTokenNotFoundError implements Error {
    message: String!
    id: String!
  }

  union RevokeApiTokenResult = RevokedApiToken | ApiTokenNotFoundError | UnauthorizedError | PythonError

  "A role granted in dagflare.yaml (auth.grants) to an Access user or group."
  type RoleGrant {
    email: String
    group: String
    role: DagflareRole
    locationRoles: [LocationRole!]!
  }

  type RoleGrants {
    grants: [RoleGrant!]!
    defaultRole: DagflareRole
  }

  union RoleGrantsOrError = RoleGrants | UnauthorizedError | PythonError

  type AuditLogEntry {
    id: ID!
    timestamp: Float!
    principal: String!
    action: String!
    target: String!
    locationName: String
    allowed: Boolean!
    reason: String
  }

  type AuditLog {
    entries: [AuditLogEntry!]!
    "Pass as cursor for the next (older) page; null on the last page."
    cursor: String
  }

  union AuditLogOrError = AuditLog | UnauthorizedError | PythonError

  input AuditLogFilter {
    principal: String
    action: String
    allowed: Boolean
    locationName: String
  }

  type Query {
    dagflareViewer: DagflareViewer!
    apiTokensOrError: ApiTokensOrError!
    roleGrantsOrError: RoleGrantsOrError!
    auditLogOrError(filter: AuditLogFilter, cursor: String, limit: Int): AuditLogOrError!
  }

  type Mutation {
    "expiresAt is epoch seconds; a token needs role or at least one locationRoles entry."
    createApiToken(name: String!, role: DagflareRole, locationRoles: [LocationRoleInput!], expiresAt: Float): CreateApiTokenResult!
    revokeApiToken(id: String!): RevokeApiTokenResult!
  }
`;
