/** The admin page's documents: tokens, grants and a page of the audit log; creating and revoking a token. */
import { graphql } from "../../gql";

export const ADMIN_QUERY = graphql(`
  query Admin($cursor: String, $filter: AuditLogFilter) {
    apiTokensOrError {
      __typename
      ... on ApiTokens {
        tokens {
          id
          name
          role
          locationRoles { locationName role }
          createdBy
          createdAt
          expiresAt
          lastUsedAt
          status
        }
      }
      ... on UnauthorizedError { message }
      ... on PythonError { message }
    }
    roleGrantsOrError {
      __typename
      ... on RoleGrants {
        defaultRole
        grants { email group role locationRoles { locationName role } }
      }
    }
    auditLogOrError(cursor: $cursor, filter: $filter, limit: 50) {
      __typename
      ... on AuditLog {
        cursor
        entries { id timestamp principal action target allowed reason }
      }
    }
  }
`);

export const CREATE_TOKEN = graphql(`
  mutation CreateApiToken($name: String!, $role: DagflareRole) {
    createApiToken(name: $name, role: $role) {
      __typename
      ... on CreatedApiToken { secret token { id name } }
      ... on UnauthorizedError { message }
      ... on PythonError { message }
    }
  }
`);

export const REVOKE_TOKEN = graphql(`
  mutation RevokeApiToken($id: String!) {
    revokeApiToken(id: $id) {
      __typename
      ... on ApiTokenNotFoundError { message }
      ... on UnauthorizedError { message }
      ... on PythonError { message }
    }
  }
`);
