/**
 * The webserver Worker under an `auth` config of the tests' own (tokens on, a Cloudflare Access team on
 * loopback, grants by email and group), over the same real D1 and example location as the webserver
 * project, driven with `app.fetch` as workerd would call it.
 * @module
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { inject } from "vitest";
import workspaceYaml from "../../../workspace.yaml?raw";
import { createWebserver } from "../../../workers/webserver/app";
import { daemonStub } from "../../../workers/instance-host/daemon-stub";
import type { InstanceHostEnv } from "../../../workers/instance-host/env";
import { instanceSource } from "../../../workers/instance-host/instance-source";
import { AUDIENCE, TEAM_DOMAIN } from "./access-keys";

export const ADMIN_TOKEN = "dagflare_the-bootstrap-admin-token-of-these-tests";

/** The project's own instance config (a PostgreSQL project's storage, say) with an `auth` section added. */
export const AUTH_YAML = `${(env as { DAGFLARE_INSTANCE_YAML?: string }).DAGFLARE_INSTANCE_YAML ?? ""}
auth:
  tokens: { enabled: true }
  access:
    team_domain: ${TEAM_DOMAIN}
    audience: ${AUDIENCE}
    jwks_url: ${inject("accessJwksUrl")}
  grants:
    - email: editor@example.com
      role: editor
    - group: data
      role: viewer
      locations: { example: launcher }
  rate_limit: { max_failures: 5, window_seconds: 600 }
`;

/** One env object for every request, so the instance is built once (it is cached per env). */
const authEnv = {
  ...env,
  DAGFLARE_INSTANCE_YAML: AUTH_YAML,
  DAGFLARE_ADMIN_TOKEN: ADMIN_TOKEN,
} as unknown as InstanceHostEnv;
const source = instanceSource({ instanceYaml: "", workspaceYaml });
const app = createWebserver<InstanceHostEnv>({ instance: source.getInstance, daemon: daemonStub });

export const authInstance = () => source.getInstance(authEnv);

export type Credentials = { token?: string; apiTokenHeader?: string; jwt?: string; ip?: string };

export async function request(path: string, init: RequestInit & Credentials = {}): Promise<Response> {
  const { token, apiTokenHeader, jwt, ip = "198.51.100.1", ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token !== undefined) headers.set("authorization", `Bearer ${token}`);
  if (apiTokenHeader !== undefined) headers.set("dagster-cloud-api-token", apiTokenHeader);
  if (jwt !== undefined) headers.set("cf-access-jwt-assertion", jwt);
  headers.set("cf-connecting-ip", ip);
  const ctx = createExecutionContext();
  const response = await app.fetch(
    new Request(`https://dagflare.example.com${path}`, { ...rest, headers }),
    authEnv,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

export type GraphQLBody<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

export async function graphqlAs<T>(
  credentials: Credentials,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: GraphQLBody<T> }> {
  const response = await request("/graphql", {
    ...credentials,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
}

const CREATE = `mutation ($name: String!, $role: DagflareRole, $locationRoles: [LocationRoleInput!], $expiresAt: Float) {
  createApiToken(name: $name, role: $role, locationRoles: $locationRoles, expiresAt: $expiresAt) {
    __typename ... on CreatedApiToken { secret token { id name status } } ... on UnauthorizedError { message } ... on PythonError { message }
  }
}`;

type Created = {
  createApiToken: {
    __typename: string;
    secret?: string;
    token?: { id: string; name: string; status: string };
    message?: string;
  };
};

/** A new token made by the bootstrap admin; its secret and id. */
export async function createToken(variables: {
  name: string;
  role?: string | null;
  locationRoles?: { locationName: string; role: string }[];
  expiresAt?: number;
}) {
  const { body } = await graphqlAs<Created>({ token: ADMIN_TOKEN }, CREATE, variables);
  const created = body.data?.createApiToken;
  if (!created?.secret || !created.token) throw new Error(`createApiToken failed: ${JSON.stringify(body)}`);
  return { secret: created.secret, id: created.token.id };
}

export { CREATE as CREATE_TOKEN };
