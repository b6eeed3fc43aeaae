/**
 * Cloudflare Access JWTs verified against the team's keys served from loopback (good, bad signature,
 * wrong audience or issuer, expired, `alg: none`, unknown key id, no email, no grant), roles from the
 * config's grants by email and group, and the default refusal of any host but localhost when no `auth`
 * is configured.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, inject, it } from "vitest";
import { accessJwt, unsignedJwt } from "./access-keys";
import { graphqlAs } from "./auth-app";

const keys = inject("accessKeys");
const VIEWER = `{ dagflareViewer { principal method role locationRoles { locationName role } } }`;

type Viewer = {
  dagflareViewer: {
    principal: string;
    method: string;
    role: string | null;
    locationRoles: { locationName: string; role: string }[];
  };
};

/** Each refused JWT from its own address, so the failure limit of one case never blocks another. */
let address = 0;
const asJwt = (jwt: string) => graphqlAs<Viewer>({ jwt, ip: `192.0.2.${++address}` }, VIEWER);

describe("Cloudflare Access", () => {
  it("takes the email as the identity and its grant's role", async () => {
    const { status, body } = await asJwt(await accessJwt(keys.signing, { email: "editor@example.com" }));
    expect(status).toBe(200);
    expect(body.data?.dagflareViewer).toEqual({
      principal: "editor@example.com",
      method: "ACCESS",
      role: "EDITOR",
      locationRoles: [],
    });
  });

  it("gives an Access group's grant, scoped per code location", async () => {
    const jwt = await accessJwt(keys.signing, { email: "analyst@example.com", groups: ["data"] });
    expect((await asJwt(jwt)).body.data?.dagflareViewer).toMatchObject({
      role: "VIEWER",
      locationRoles: [{ locationName: "example", role: "LAUNCHER" }],
    });
    const launch = await graphqlAs<{ launchRun: { __typename: string } }>(
      { jwt },
      `mutation { launchRun(executionParams: { selector: { repositoryLocationName: "example", repositoryName: "__repository__", pipelineName: "hello_job" } }) { __typename ... on LaunchRunSuccess { run { tags { key value } } } } }`,
    );
    expect(launch.body.data?.launchRun.__typename).toBe("LaunchRunSuccess");
    expect(launch.body.data?.launchRun).toMatchObject({
      run: { tags: expect.arrayContaining([{ key: "user", value: "analyst@example.com" }]) },
    });
  });

  it("refuses with 403 a signed-in user no grant names", async () => {
    const { status, body } = await asJwt(await accessJwt(keys.signing, { email: "stranger@example.com" }));
    expect(status).toBe(403);
    expect(body.errors?.[0]?.message).toBe(
      "stranger@example.com is signed in through Cloudflare Access but has no role here; an admin can add a grant for this email or one of its groups under auth.grants.",
    );
  });

  const refusals: [string, () => Promise<string>, string][] = [
    [
      "a bad signature",
      async () => accessJwt({ ...keys.rotated, kid: keys.signing.kid }, { email: "editor@example.com" }),
      "its signature does not verify",
    ],
    [
      "a wrong audience",
      () => accessJwt(keys.signing, { email: "editor@example.com", aud: "another-app" }),
      "its aud claim is wrong",
    ],
    [
      "a wrong issuer",
      () =>
        accessJwt(keys.signing, { email: "editor@example.com", iss: "https://evil.cloudflareaccess.com" }),
      "its iss claim is wrong",
    ],
    [
      "an expired token",
      () => accessJwt(keys.signing, { email: "editor@example.com", exp: Math.floor(Date.now() / 1000) - 60 }),
      "the token has expired",
    ],
    ["alg: none", async () => unsignedJwt({ email: "editor@example.com" }), "it is not signed with RS256"],
    [
      "an unknown key id",
      () => accessJwt(keys.unknown, { email: "editor@example.com" }),
      "it is signed by a key the team does not have",
    ],
    [
      "no email (a service token)",
      () => accessJwt(keys.signing, {}),
      "the token carries no email (a service token is not a user; use an API token)",
    ],
    ["garbage", async () => "not-a-jwt", "it is malformed (Invalid Compact JWS)"],
  ];
  for (const [name, make, reason] of refusals) {
    it(`refuses ${name} with 401 saying why`, async () => {
      const { status, body } = await asJwt(await make());
      expect(status).toBe(401);
      expect(body.errors?.[0]).toEqual({
        message: `The Cloudflare Access token was refused: ${reason}.`,
        extensions: { code: "UNAUTHENTICATED" },
      });
    });
  }
});

describe("with no auth configured", () => {
  const query = { method: "POST", body: JSON.stringify({ query: "{ version }" }) };

  it("refuses a request to any host but localhost, saying how to configure access", async () => {
    const response = await SELF.fetch("https://dagflare.example.com/graphql", {
      ...query,
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(
      /^This deployment has no access control configured, so it only answers on localhost; to serve dagflare\.example\.com, add an `auth` section to dagflare\.yaml/,
    );
    const api = await SELF.fetch("https://dagflare.example.com/api/runs");
    expect(api.status).toBe(403);
    expect(await api.json()).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a request whose Host header names another host, whatever its URL", async () => {
    const response = await SELF.fetch("http://localhost/graphql", {
      ...query,
      headers: { "content-type": "application/json", host: "dagflare.example.com" },
    });
    expect(response.status).toBe(403);
  });

  it("serves localhost as today, as an admin", async () => {
    for (const host of ["localhost", "127.0.0.1", "[::1]"]) {
      const response = await SELF.fetch(`http://${host}:3000/graphql`, {
        ...query,
        headers: { "content-type": "application/json" },
      });
      expect(response.status, host).toBe(200);
    }
    const viewer = await SELF.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(((await viewer.json()) as { data: Viewer }).data.dagflareViewer).toEqual({
      principal: "local",
      method: "LOCAL",
      role: "ADMIN",
      locationRoles: [],
    });
  });

  it("still serves the UI's static files and /server_info anywhere", async () => {
    expect((await SELF.fetch("https://dagflare.example.com/server_info")).status).toBe(200);
  });
});
