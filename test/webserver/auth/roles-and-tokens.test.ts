/**
 * Access control through the webserver: every mutation and protected route against every role (allowed
 * or refused as the permission matrix says), tokens expired, revoked, malformed or unknown, both token
 * headers, the audit log, the launcher recorded on the run, query limits for readers, and the failed
 * sign-in limit.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { hashTokenSecret } from "../../../shared/auth/token-secret";
import { ADMIN_TOKEN, authInstance, createToken, graphqlAs, request, type Credentials } from "./auth-app";

const ROLES = ["viewer", "launcher", "editor", "admin"] as const;
type Role = (typeof ROLES)[number];
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  for (const role of ROLES)
    tokens[role] = (
      await createToken({ name: `${role}-${crypto.randomUUID()}`, role: role.toUpperCase() })
    ).secret;
});

const SELECTOR = { repositoryLocationName: "example", repositoryName: "__repository__" };

/** Each mutation, the least role it needs, and how to ask for it. */
const MUTATIONS: { name: string; minimum: Role; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: "launchRun",
    minimum: "launcher",
    query: `mutation ($p: ExecutionParams!) { result: launchRun(executionParams: $p) { __typename ... on UnauthorizedError { message } } }`,
    variables: { p: { selector: { ...SELECTOR, pipelineName: "hello_job" } } },
  },
  {
    name: "launchRunReexecution",
    minimum: "launcher",
    query: `mutation { result: launchRunReexecution(reexecutionParams: { parentRunId: "no-such-run", strategy: ALL_STEPS }) { __typename } }`,
  },
  {
    name: "terminateRun",
    minimum: "launcher",
    query: `mutation { result: terminateRun(runId: "no-such-run") { __typename } }`,
  },
  {
    name: "deleteRun",
    minimum: "editor",
    query: `mutation { result: deleteRun(runId: "no-such-run") { __typename } }`,
  },
  {
    name: "startSchedule",
    minimum: "editor",
    query: `mutation ($s: ScheduleSelector!) { result: startSchedule(scheduleSelector: $s) { __typename } }`,
    variables: { s: { ...SELECTOR, scheduleName: "every_minute" } },
  },
  {
    name: "resetSchedule",
    minimum: "editor",
    query: `mutation ($s: ScheduleSelector!) { result: resetSchedule(scheduleSelector: $s) { __typename } }`,
    variables: { s: { ...SELECTOR, scheduleName: "every_minute" } },
  },
  {
    name: "stopSensor",
    minimum: "editor",
    query: `mutation { result: stopSensor(id: "no-such-sensor") { __typename } }`,
  },
  {
    name: "setSensorCursor",
    minimum: "editor",
    query: `mutation ($s: SensorSelector!) { result: setSensorCursor(sensorSelector: $s, cursor: "c") { __typename } }`,
    variables: { s: { ...SELECTOR, sensorName: "failure_alert" } },
  },
  {
    name: "reloadRepositoryLocation",
    minimum: "editor",
    query: `mutation { result: reloadRepositoryLocation(repositoryLocationName: "example") { __typename } }`,
  },
  {
    name: "reloadWorkspace",
    minimum: "editor",
    query: `mutation { result: reloadWorkspace { __typename } }`,
  },
  {
    name: "shutdownRepositoryLocation",
    minimum: "editor",
    query: `mutation { result: shutdownRepositoryLocation(repositoryLocationName: "no-such-location") { __typename } }`,
  },
  {
    name: "createApiToken",
    minimum: "admin",
    query: `mutation { result: createApiToken(name: "made-by-test", role: VIEWER) { __typename } }`,
  },
  {
    name: "revokeApiToken",
    minimum: "admin",
    query: `mutation { result: revokeApiToken(id: "no-such-token") { __typename } }`,
  },
];

const includes = (role: Role, minimum: Role) => ROLES.indexOf(role) >= ROLES.indexOf(minimum);

describe("every mutation against every role", () => {
  for (const mutation of MUTATIONS) {
    for (const role of ROLES) {
      const allowed = includes(role, mutation.minimum);
      it(`${mutation.name} is ${allowed ? "allowed" : "refused"} for a ${role}`, async () => {
        const { status, body } = await graphqlAs<{ result: { __typename: string; message?: string } }>(
          { token: tokens[role] },
          mutation.query,
          mutation.variables,
        );
        expect(status).toBe(200);
        const typename = body.data?.result.__typename;
        if (allowed) expect(typename, JSON.stringify(body)).not.toBe("UnauthorizedError");
        else expect(typename, JSON.stringify(body)).toBe("UnauthorizedError");
      });
    }
  }

  it("answers a refusal with the role needed and the role held", async () => {
    const mutation = MUTATIONS[0];
    const { body } = await graphqlAs<{ result: { message: string } }>(
      { token: tokens.viewer },
      mutation?.query ?? "",
      mutation?.variables,
    );
    expect(body.data?.result.message).toBe(
      "launch_run needs the launcher role in code location example; you have viewer in code location example.",
    );
  });

  it("refuses setConcurrencyLimit below editor as a GraphQL error coded FORBIDDEN", async () => {
    const query = `mutation { setConcurrencyLimit(concurrencyKey: "warehouse", limit: 3) }`;
    const refused = await graphqlAs({ token: tokens.launcher }, query);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await graphqlAs<{ setConcurrencyLimit: boolean }>({ token: tokens.editor }, query)).body.data
        ?.setConcurrencyLimit,
    ).toBe(true);
  });
});

describe("the JSON API and log downloads", () => {
  const launch = (credentials: Credentials) =>
    request("/api/runs", {
      ...credentials,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ job: "hello_job" }),
    });

  it("answers 401 without credentials, in its error shape", async () => {
    const response = await request("/api/runs");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: expect.stringMatching(
        /^Sign in to use this deployment: an API token as `Authorization: Bearer <token>`/,
      ),
      code: "UNAUTHENTICATED",
    });
  });

  it("lets a viewer list runs but answers 403 to its launch and terminate", async () => {
    expect((await request("/api/runs", { token: tokens.viewer })).status).toBe(200);
    const refused = await launch({ token: tokens.viewer });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error:
        "launch_run needs the launcher role in code location example; you have viewer in code location example.",
      code: "FORBIDDEN",
    });
    expect(
      (await request("/api/runs/no-such-run/terminate", { token: tokens.viewer, method: "POST" })).status,
    ).toBe(403);
  });

  it("launches for a launcher and records the token as the run's user tag, which Dagster's UI shows as its launcher", async () => {
    const response = await launch({ token: tokens.launcher });
    expect(response.status).toBe(201);
    const { run } = (await response.json()) as { run: { runId: string; tags: Record<string, string> } };
    expect(run.tags.user).toMatch(/^token:launcher-/);
    const { body } = await graphqlAs<{
      runOrError: {
        tags: { key: string; value: string }[];
        hasDeletePermission: boolean;
        hasTerminatePermission: boolean;
      };
    }>(
      { token: tokens.launcher },
      `query ($id: ID!) { runOrError(runId: $id) { ... on Run { tags { key value } hasDeletePermission hasTerminatePermission } } }`,
      { id: run.runId },
    );
    expect(body.data?.runOrError.tags).toContainEqual({ key: "user", value: run.tags.user });
    expect(body.data?.runOrError).toMatchObject({ hasDeletePermission: false, hasTerminatePermission: true });
  });

  it("needs a viewer for compute-log downloads: 401 without credentials, 404 (nothing captured) with", async () => {
    expect((await request("/logs/no-such-run/compute_logs/step/out")).status).toBe(401);
    expect((await request("/logs/no-such-run/compute_logs/step/out", { token: tokens.viewer })).status).toBe(
      404,
    );
  });

  it("never opens the instance API with a user token", async () => {
    const response = await request("/api/instance/runs/no-such-run", { token: ADMIN_TOKEN });
    expect(response.status).toBeGreaterThanOrEqual(401);
    expect(response.status).toBeLessThan(405);
    expect(response.status).not.toBe(200);
  });
});

describe("tokens", () => {
  const VIEWER = `{ dagflareViewer { principal method role } }`;

  it("are accepted in the Dagster-Cloud-Api-Token header, as Dagster's Python client sends them", async () => {
    const { body } = await graphqlAs<{ dagflareViewer: { principal: string; method: string; role: string } }>(
      { apiTokenHeader: tokens.editor },
      VIEWER,
    );
    expect(body.data?.dagflareViewer).toMatchObject({
      method: "TOKEN",
      role: "EDITOR",
      principal: expect.stringMatching(/^token:editor-/),
    });
  });

  it("are stored only as their hash, with the last time they were used", async () => {
    const { secret, id } = await createToken({ name: "hash-check", role: "VIEWER" });
    await graphqlAs({ token: secret }, VIEWER);
    const stored = await authInstance().storage.auth.getTokenByHash(await hashTokenSecret(secret));
    expect(stored).toMatchObject({ id, hash: await hashTokenSecret(secret), lastUsedAt: expect.any(Number) });
    expect(JSON.stringify(await authInstance().storage.auth.listTokens())).not.toContain(secret);
  });

  it("refuses a revoked token with 401 naming it", async () => {
    const { secret, id } = await createToken({ name: "to-revoke", role: "ADMIN" });
    const revoked = await graphqlAs<{ revokeApiToken: { __typename: string } }>(
      { token: ADMIN_TOKEN },
      `mutation ($id: String!) { revokeApiToken(id: $id) { __typename } }`,
      { id },
    );
    expect(revoked.body.data?.revokeApiToken.__typename).toBe("RevokedApiToken");
    const { status, body } = await graphqlAs({ token: secret, ip: "198.51.100.20" }, VIEWER);
    expect(status).toBe(401);
    expect(body.errors?.[0]).toEqual({
      message: "API token to-revoke was revoked.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("refuses an expired token", async () => {
    const secret = `dagflare_expired-${crypto.randomUUID()}`;
    await authInstance().storage.auth.addToken({
      id: crypto.randomUUID(),
      name: "expired",
      hash: await hashTokenSecret(secret),
      role: "admin",
      locationRoles: {},
      createdBy: "test",
      createdAt: 1,
      expiresAt: 2,
    });
    const { status, body } = await graphqlAs({ token: secret, ip: "198.51.100.21" }, VIEWER);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.message).toBe("API token expired has expired.");
  });

  it("refuses unknown and malformed credentials", async () => {
    expect(
      (await graphqlAs({ token: "dagflare_never-issued", ip: "198.51.100.22" }, VIEWER)).body.errors?.[0]
        ?.message,
    ).toBe("The API token is not known here.");
    const malformed = await request("/graphql", {
      headers: { authorization: "Basic dXNlcjpwYXNz", "cf-connecting-ip": "198.51.100.22" },
      ip: "198.51.100.22",
    });
    expect(malformed.status).toBe(401);
    expect(((await malformed.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      "The Authorization header is not `Bearer <token>`.",
    );
  });

  it("refuses a token with no role anywhere, and an expiry in the past, naming the argument", async () => {
    const query = `mutation ($r: DagflareRole, $e: Float) { createApiToken(name: "bad", role: $r, expiresAt: $e) { __typename ... on PythonError { message } } }`;
    const noRole = await graphqlAs<{ createApiToken: { message: string } }>(
      { token: ADMIN_TOKEN },
      query,
      {},
    );
    expect(noRole.body.data?.createApiToken.message).toMatch(/^role: a token needs a role/);
    const past = await graphqlAs<{ createApiToken: { message: string } }>({ token: ADMIN_TOKEN }, query, {
      r: "VIEWER",
      e: 1,
    });
    expect(past.body.data?.createApiToken.message).toMatch(/^expiresAt must be in the future/);
  });

  it("can be scoped to a code location: launcher on example, viewer elsewhere", async () => {
    const { secret } = await createToken({
      name: "scoped",
      role: "VIEWER",
      locationRoles: [{ locationName: "example", role: "LAUNCHER" }],
    });
    const { body } = await graphqlAs<{
      workspaceOrError: {
        locationEntries: { name: string; permissions: { permission: string; value: boolean }[] }[];
      };
      permissions: { permission: string; value: boolean }[];
    }>(
      { token: secret },
      `{ permissions { permission value } workspaceOrError { ... on Workspace { locationEntries { name permissions { permission value } } } } }`,
    );
    const launchPermission = (permissions: { permission: string; value: boolean }[] | undefined) =>
      permissions?.find((entry) => entry.permission === "launch_pipeline_execution")?.value;
    expect(launchPermission(body.data?.permissions)).toBe(false);
    expect(
      launchPermission(
        body.data?.workspaceOrError.locationEntries.find((entry) => entry.name === "example")?.permissions,
      ),
    ).toBe(true);
  });
});

describe("the audit log", () => {
  it("records allowed and refused mutations with who, what and where, for admins only", async () => {
    const principal = (
      await graphqlAs<{ dagflareViewer: { principal: string } }>(
        { token: tokens.viewer },
        `{ dagflareViewer { principal } }`,
      )
    ).body.data?.dagflareViewer.principal;
    await graphqlAs({ token: tokens.viewer }, `mutation { deleteRun(runId: "audited-run") { __typename } }`);
    const query = `query ($f: AuditLogFilter) { auditLogOrError(filter: $f, limit: 5) { __typename ... on AuditLog { entries { principal action target allowed reason locationName } } } }`;
    const { body } = await graphqlAs<{ auditLogOrError: { entries: unknown[] } }>(
      { token: ADMIN_TOKEN },
      query,
      { f: { principal, action: "delete_run" } },
    );
    expect(body.data?.auditLogOrError.entries[0]).toEqual({
      principal,
      action: "delete_run",
      target: "runId=audited-run",
      allowed: false,
      reason: "delete_run needs the editor role; you have viewer.",
      locationName: null,
    });
    const asEditor = await graphqlAs<{ auditLogOrError: { __typename: string } }>(
      { token: tokens.editor },
      query,
      {},
    );
    expect(asEditor.body.data?.auditLogOrError.__typename).toBe("UnauthorizedError");
  });
});

describe("query limits for readers", () => {
  const aliases = `{ ${Array.from({ length: 150 }, (_, index) => `v${index}: version`).join(" ")} }`;
  const hugePage = `{ runsOrError(limit: 1000000000) { __typename ... on Runs { results { runId tags { key value } } } } }`;

  it("refuses a viewer 150 aliases and a billion-run page, naming the limit", async () => {
    expect((await graphqlAs({ token: tokens.viewer }, aliases)).body.errors?.[0]).toEqual({
      message: "Query refused: 150 aliased fields are over the limit of 100.",
      extensions: { code: "QUERY_TOO_COMPLEX" },
    });
    expect((await graphqlAs({ token: tokens.viewer }, hugePage)).body.errors?.[0]?.message).toMatch(
      /^Query refused: query cost \d+ \(fields times list limits\) is over the limit of 100000/,
    );
  });

  it("answers them for a launcher", async () => {
    expect((await graphqlAs({ token: tokens.launcher }, aliases)).body.errors).toBeUndefined();
    expect(
      (await graphqlAs<{ runsOrError: { __typename: string } }>({ token: tokens.launcher }, hugePage)).body
        .data?.runsOrError.__typename,
    ).toBe("Runs");
  });
});

describe("failed sign-ins", () => {
  it("are limited per client address: past the limit even a good token is refused with 429", async () => {
    const ip = "203.0.113.77";
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await graphqlAs({ token: `dagflare_guess-${attempt}`, ip }, `{ version }`)).status).toBe(401);
    const limited = await graphqlAs({ token: ADMIN_TOKEN, ip }, `{ version }`);
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0]?.message).toMatch(
      /^Too many failed sign-ins from 203\.0\.113\.77; try again in \d+ s\.$/,
    );
    expect((await graphqlAs({ token: ADMIN_TOKEN, ip: "203.0.113.78" }, `{ version }`)).status).toBe(200);
  });
});
